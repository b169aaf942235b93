/**
 * Housekeeping on the cron: rows that have served their purpose are deleted, in one D1 batch with an
 * audit line saying how many (only when something was deleted). The audit log itself is append-only.
 * - sessions past their expiry (8 hours);
 * - idempotency keys older than IDEMPOTENCY_DAYS: a client retrying later than that gets 412 (its expected
 *   version is no longer the latest), never a second copy, because every submission carries the version;
 * - links past their expiry (LINK_DAYS_AFTER_DEADLINE after the round's deadline) and links revoked that long ago;
 * - links sealed for the admin page's one view (admin/linkHandoff.ts) that nobody fetched in time.
 */
import { and, inArray, isNotNull, lt, or } from "drizzle-orm";
import { db, LINK_DAYS_AFTER_DEADLINE, schema } from "./store";

export const IDEMPOTENCY_DAYS = 7;
const DAY = 86_400_000;

export interface Housekeeping {
  sessions: number;
  idempotency: number;
  links: number;
  handoffs: number;
}

export async function housekeeping(d1: D1Database, now: Date): Promise<Housekeeping> {
  const d = db(d1);
  const at = now.toISOString();
  const linkCutoff = new Date(now.getTime() - LINK_DAYS_AFTER_DEADLINE * DAY).toISOString();
  const l = schema.links;
  const expiredRounds = d.select({ id: schema.rounds.id }).from(schema.rounds).where(lt(schema.rounds.closesAt, linkCutoff));
  const [sessions, keys, links, handoffs] = await d.batch([
    d.delete(schema.sessions).where(lt(schema.sessions.expiresAt, at)).returning({ id: schema.sessions.idHash }),
    d.delete(schema.idempotency).where(lt(schema.idempotency.createdAt, new Date(now.getTime() - IDEMPOTENCY_DAYS * DAY).toISOString())).returning({ key: schema.idempotency.key }),
    d.delete(l).where(or(inArray(l.roundId, expiredRounds), and(isNotNull(l.revokedAt), lt(l.revokedAt, linkCutoff)))).returning({ id: l.id }),
    d.delete(schema.linkHandoffs).where(lt(schema.linkHandoffs.expiresAt, at)).returning({ id: schema.linkHandoffs.id }),
  ]);
  const result = { sessions: sessions.length, idempotency: keys.length, links: links.length, handoffs: handoffs.length };
  if (result.sessions + result.idempotency + result.links + result.handoffs > 0) {
    await d.insert(schema.auditLog).values({ at, actor: "cron", action: "housekeeping", detail: JSON.stringify(result) });
  }
  return result;
}

