/**
 * The origin every link Rettsjekk hands out starts with (report links in e-mails and in the mail-merge
 * file): the configured PUBLIC_ORIGIN, never the request's Host header, so a workers.dev or preview host
 * (or a forged Host) cannot end up in municipalities' mailboxes. Defaults to the local one; in production
 * a missing or local value is an error rather than 357 e-mails with links to localhost.
 */
export const LOCAL_ORIGIN = "http://localhost:8787";

export function publicOrigin(env: { PUBLIC_ORIGIN?: string; ENVIRONMENT?: string }): string {
  const origin = new URL(env.PUBLIC_ORIGIN || LOCAL_ORIGIN).origin;
  if (env.ENVIRONMENT === "production" && new URL(origin).hostname === "localhost") {
    throw new Error("PUBLIC_ORIGIN must be set to the public origin in production");
  }
  return origin;
}
