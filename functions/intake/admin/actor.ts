/** The admin's name for the audit log, as the admin API's authentication set it (admin/auth.ts). */
export const adminActor = (c: { get: (key: never) => unknown }): string => String(c.get("admin" as never));
