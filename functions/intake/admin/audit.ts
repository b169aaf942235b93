import { db, schema } from "../store";

/**
 * One audit line written on its own: logins and their failures, status views and exports. Actions that
 * change data write their audit line in the same D1 batch as the change (rounds.ts, submit.ts).
 */
export interface AuditEntry {
  actor: string;
  action: string;
  roundId?: string;
  code?: string;
  detail?: Record<string, unknown>;
}

export async function audit(d1: D1Database, entry: AuditEntry, now = new Date()): Promise<void> {
  const { detail, ...rest } = entry;
  await db(d1).insert(schema.auditLog).values({ at: now.toISOString(), ...rest, detail: detail === undefined ? undefined : JSON.stringify(detail) });
}
