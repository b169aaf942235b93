/**
 * Putting e-mails on the queue. Every e-mail is first a row in `deliveries` (written before anything is
 * queued, so nothing is lost if the queue or the Worker fails halfway), then one queue message holding
 * only its id: never an address, a token or a name. The rows are made with INSERT … SELECT … ON CONFLICT
 * DO NOTHING (raw SQL, like the submission's batch: the condition is the statement), so the unique
 * (round, municipality, kind, slot) makes every action idempotent: twice is once.
 */
import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { chunks } from "../chunks";
import { db, schema } from "../store";

/** What a queue message carries: the delivery's id, nothing else. */
export interface MailMessage {
  deliveryId: string;
}

/** Queues accept at most 100 messages per sendBatch. */
const SEND_BATCH = 100;

export async function enqueue(queue: Queue, ids: string[]): Promise<void> {
  for (const chunk of chunks(ids, SEND_BATCH)) {
    await (queue as Queue<MailMessage>).sendBatch(chunk.map((deliveryId) => ({ body: { deliveryId }, contentType: "json" })));
  }
}

const NEW_DELIVERY = "lower(hex(randomblob(16)))";

/**
 * One link e-mail to every municipality of the round that has an address and has not been sent its
 * first link yet. Returns the ids it made (a second call makes none).
 */
export async function queueFirstLinks(d1: D1Database, roundId: string, actor: string, now: Date): Promise<string[]> {
  const at = now.toISOString();
  const [inserted] = await d1.batch<{ id: string }>([
    d1
      .prepare(
        `INSERT INTO deliveries (id, round_id, code, kind, slot, status, attempts, queued_at, updated_at)
         SELECT ${NEW_DELIVERY}, rm.round_id, rm.code, 'link', 'first', 'queued', 0, ?1, ?1
         FROM round_municipalities rm JOIN contacts c ON c.code = rm.code
         WHERE rm.round_id = ?2
         ON CONFLICT (round_id, code, kind, slot) DO NOTHING
         RETURNING id`,
      )
      .bind(at, roundId),
    d1
      .prepare(
        `INSERT INTO audit_log (at, actor, action, round_id, detail)
         SELECT ?1, ?3, 'links.dispatched', ?2, json_object('queued', changes()) WHERE changes() > 0`,
      )
      .bind(at, roundId, actor),
  ]);
  return (inserted?.results ?? []).map((r) => r.id);
}

/**
 * One municipality's link, on its own: a link e-mail still on its way is left alone (twice is once), a
 * failed one is queued again, and otherwise a new one is made (a municipality that lost its e-mail).
 */
export async function queueOneLink(d1: D1Database, roundId: string, code: string, actor: string, now: Date): Promise<string[]> {
  const d = db(d1);
  const t = schema.deliveries;
  const at = now.toISOString();
  const earlier = await d.select({ id: t.id, status: t.status, slot: t.slot }).from(t).where(and(eq(t.roundId, roundId), eq(t.code, code), eq(t.kind, "link"))).orderBy(t.queuedAt);
  if (earlier.some((e) => e.status === "queued")) return [];
  const failed = earlier.findLast((e) => e.status === "failed");
  const audit = d.insert(schema.auditLog).values({ at, actor, action: "link.dispatched", roundId, code });
  if (failed) {
    await d.batch([d.update(t).set({ status: "queued", updatedAt: at, leaseUntil: null }).where(eq(t.id, failed.id)), audit]);
    return [failed.id];
  }
  const id = crypto.randomUUID();
  await d.batch([d.insert(t).values({ id, roundId, code, kind: "link", slot: earlier.length === 0 ? "first" : `again-${at}`, status: "queued", queuedAt: at, updatedAt: at }), audit]);
  return [id];
}

/** The due reminder to every municipality of the round that has an address and has not reported. */
export async function queueReminders(d1: D1Database, roundId: string, slot: string, now: Date): Promise<string[]> {
  const at = now.toISOString();
  const [inserted] = await d1.batch<{ id: string }>([
    d1
      .prepare(
        `INSERT INTO deliveries (id, round_id, code, kind, slot, status, attempts, queued_at, updated_at)
         SELECT ${NEW_DELIVERY}, rm.round_id, rm.code, 'reminder', ?3, 'queued', 0, ?1, ?1
         FROM round_municipalities rm JOIN contacts c ON c.code = rm.code
         WHERE rm.round_id = ?2
           AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.round_id = rm.round_id AND s.code = rm.code)
         ON CONFLICT (round_id, code, kind, slot) DO NOTHING
         RETURNING id`,
      )
      .bind(at, roundId, slot),
    d1
      .prepare(
        `INSERT INTO audit_log (at, actor, action, round_id, detail)
         SELECT ?1, 'cron', 'reminders.queued', ?2, json_object('slot', ?3, 'queued', changes()) WHERE changes() > 0`,
      )
      .bind(at, roundId, slot),
  ]);
  return (inserted?.results ?? []).map((r) => r.id);
}

/**
 * The statement that records a receipt e-mail inside the submission's own batch: only if the version
 * went in (its reference exists) and the municipality has an address. Slot = the receipt's reference.
 */
export function receiptDeliveryStatement(d1: D1Database, r: { id: string; roundId: string; code: string; reference: string; at: string }): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO deliveries (id, round_id, code, kind, slot, status, attempts, queued_at, updated_at)
       SELECT ?1, ?2, ?3, 'receipt', ?4, 'queued', 0, ?5, ?5
       WHERE EXISTS (SELECT 1 FROM submissions WHERE reference = ?4) AND EXISTS (SELECT 1 FROM contacts WHERE code = ?3)
       RETURNING id`,
    )
    .bind(r.id, r.roundId, r.code, r.reference, r.at);
}

/** How long a queued e-mail may sit untouched before the cron puts it on the queue again (longer than the longest backoff). */
export const STALE_QUEUED_MS = 10 * 60_000;

/**
 * E-mails recorded but not on the queue (a queue failure after the row was written, or a message lost):
 * queued, not being sent, untouched for a while. They are queued again; the consumer's idempotency makes
 * a duplicate message harmless.
 */
export async function staleQueued(d1: D1Database, now: Date, limit = 500): Promise<string[]> {
  const d = db(d1);
  const t = schema.deliveries;
  const at = now.toISOString();
  const staleBefore = new Date(now.getTime() - STALE_QUEUED_MS).toISOString();
  const rows = await d
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.status, "queued"), lt(t.updatedAt, staleBefore), or(isNull(t.leaseUntil), lt(t.leaseUntil, at))))
    .limit(limit);
  const ids = rows.map((r) => r.id);
  for (const chunk of chunks(ids, 90)) await d.update(t).set({ updatedAt: at }).where(inArray(t.id, chunk));
  return ids;
}

