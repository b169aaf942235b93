import { and, asc, count, countDistinct, desc, eq, getTableColumns, gt, inArray, isNull, max, min } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import * as schema from "../../db/schema";

/**
 * Data access, one style per kind of statement:
 * - every read is a drizzle query, here;
 * - writes are drizzle statements, batched (`db(…).batch`) where they must land together: sessions
 *   (session.ts), rounds and links (admin/rounds.ts);
 * - the one exception is the submission (submit.ts): its statements are conditioned on each other inside
 *   one D1 batch (insert the version only if this attempt claimed the key and the expected version is
 *   still the latest; audit and answer only if the version went in). Those `INSERT … SELECT … WHERE`
 *   conditions are raw SQL, written out where they run. The e-mails' deliveries are made the same way
 *   (mail/dispatch.ts: INSERT … SELECT … ON CONFLICT DO NOTHING, and the audit line only if rows went in).
 */
export function db(d1: D1Database) {
  return drizzle(d1, { schema });
}

export type Db = ReturnType<typeof db>;

export async function roundById(d: Db, id: string) {
  return (await d.select().from(schema.rounds).where(eq(schema.rounds.id, id)).limit(1))[0];
}

/**
 * How long a link keeps working after its round's deadline: long enough to look up and print the
 * receipt, short enough that an old link in a mailbox does not open the municipality's report for
 * good. A product choice, not a rule from the sources.
 */
export const LINK_DAYS_AFTER_DEADLINE = 30;

/** A link that is neither revoked nor expired; one query either way, so every refusal takes the same time. */
export async function activeLinkByHash(d: Db, tokenHash: string, now = new Date()) {
  const expiredBefore = new Date(now.getTime() - LINK_DAYS_AFTER_DEADLINE * 86_400_000).toISOString();
  return (
    await d
      .select(getTableColumns(schema.links))
      .from(schema.links)
      .innerJoin(schema.rounds, eq(schema.rounds.id, schema.links.roundId))
      .where(and(eq(schema.links.tokenHash, tokenHash), isNull(schema.links.revokedAt), gt(schema.rounds.closesAt, expiredBefore)))
      .limit(1)
  )[0];
}

export async function linkById(d: Db, id: string) {
  return (await d.select().from(schema.links).where(eq(schema.links.id, id)).limit(1))[0];
}

/** Every version this municipality submitted in this round, newest first. */
export async function versions(d: Db, roundId: string, code: string) {
  return d
    .select()
    .from(schema.submissions)
    .where(and(eq(schema.submissions.roundId, roundId), eq(schema.submissions.code, code)))
    .orderBy(desc(schema.submissions.version));
}

export async function submissionByReference(d: Db, roundId: string, code: string, reference: string) {
  return (
    await d
      .select()
      .from(schema.submissions)
      .where(and(eq(schema.submissions.roundId, roundId), eq(schema.submissions.code, code), eq(schema.submissions.reference, reference)))
      .limit(1)
  )[0];
}

/** The newest rounds first, for the admin's list. */
export async function latestRounds(d: Db, limit = 50) {
  return d.select({ id: schema.rounds.id, title: schema.rounds.title, template: schema.rounds.template, closesAt: schema.rounds.closesAt }).from(schema.rounds).orderBy(desc(schema.rounds.createdAt)).limit(limit);
}

/** Per round, how many municipalities it asks and how many have reported (at least one version). */
export async function roundsProgress(d: Db, roundIds: string[]): Promise<Map<string, { asked: number; reported: number }>> {
  const progress = new Map(roundIds.map((id) => [id, { asked: 0, reported: 0 }]));
  if (roundIds.length === 0) return progress;
  const rm = schema.roundMunicipalities;
  const s = schema.submissions;
  const [asked, reported] = await Promise.all([
    d.select({ roundId: rm.roundId, n: count() }).from(rm).where(inArray(rm.roundId, roundIds)).groupBy(rm.roundId),
    d.select({ roundId: s.roundId, n: countDistinct(s.code) }).from(s).where(inArray(s.roundId, roundIds)).groupBy(s.roundId),
  ]);
  for (const r of asked) progress.get(r.roundId)!.asked = r.n;
  for (const r of reported) progress.get(r.roundId)!.reported = r.n;
  return progress;
}

/** The municipalities of a round with a link that still opens its report (not revoked; the round's links not expired). */
export async function liveLinkCodes(d: Db, roundId: string): Promise<Set<string>> {
  const l = schema.links;
  const rows = await d.selectDistinct({ code: l.code }).from(l).where(and(eq(l.roundId, roundId), isNull(l.revokedAt)));
  return new Set(rows.map((r) => r.code));
}

/** The municipalities a round asks to report, by number. */
export async function roundCodes(d: Db, roundId: string): Promise<string[]> {
  const rows = await d.select({ code: schema.roundMunicipalities.code }).from(schema.roundMunicipalities).where(eq(schema.roundMunicipalities.roundId, roundId)).orderBy(asc(schema.roundMunicipalities.code));
  return rows.map((r) => r.code);
}

/** The latest version of each municipality's report in a round (the one that counts). */
export async function latestSubmissions(d: Db, roundId: string) {
  const s = schema.submissions;
  const latest = d.select({ code: s.code, version: max(s.version).as("latest_version") }).from(s).where(eq(s.roundId, roundId)).groupBy(s.code).as("latest");
  const rows = await d
    .select(getTableColumns(s))
    .from(s)
    .innerJoin(latest, and(eq(s.code, latest.code), eq(s.version, latest.version)))
    .where(eq(s.roundId, roundId));
  return rows;
}

/** The highest version this municipality has submitted in the round; 0 before the first. */
export async function latestVersion(d: Db, roundId: string, code: string): Promise<number> {
  const [row] = await d.select({ v: max(schema.submissions.version) }).from(schema.submissions).where(and(eq(schema.submissions.roundId, roundId), eq(schema.submissions.code, code)));
  return row?.v ?? 0;
}

export async function idempotencyRecord(d: Db, key: string) {
  return (await d.select({ requestHash: schema.idempotency.requestHash, response: schema.idempotency.response }).from(schema.idempotency).where(eq(schema.idempotency.key, key)).limit(1))[0];
}

export async function sessionByHash(d: Db, idHash: string, kind: "municipality" | "admin") {
  return (await d.select({ linkId: schema.sessions.linkId, expiresAt: schema.sessions.expiresAt, draft: schema.sessions.draft }).from(schema.sessions).where(and(eq(schema.sessions.idHash, idHash), eq(schema.sessions.kind, kind))).limit(1))[0];
}

/** The contact register, by municipality number. */
export async function allContacts(d: Db) {
  return d.select().from(schema.contacts).orderBy(asc(schema.contacts.code));
}

export async function contactByCode(d: Db, code: string) {
  return (await d.select().from(schema.contacts).where(eq(schema.contacts.code, code)).limit(1))[0];
}

export async function deliveryById(d: Db, id: string) {
  return (await d.select().from(schema.deliveries).where(eq(schema.deliveries.id, id)).limit(1))[0];
}

/** Every e-mail of a round, oldest first. */
export async function roundDeliveries(d: Db, roundId: string) {
  return d.select().from(schema.deliveries).where(eq(schema.deliveries.roundId, roundId)).orderBy(asc(schema.deliveries.queuedAt), asc(schema.deliveries.code));
}

/** When each municipality of a round first reported (its version 1), for the progress picture. */
export async function firstReports(d: Db, roundId: string) {
  const s = schema.submissions;
  return d.select({ code: s.code, at: min(s.submittedAt) }).from(s).where(eq(s.roundId, roundId)).groupBy(s.code);
}

/** The rounds whose links still work (deadline less than LINK_DAYS_AFTER_DEADLINE days ago): the cron looks at these. */
export async function liveRounds(d: Db, now: Date) {
  const expiredBefore = new Date(now.getTime() - LINK_DAYS_AFTER_DEADLINE * 86_400_000).toISOString();
  return d.select().from(schema.rounds).where(gt(schema.rounds.closesAt, expiredBefore));
}

export { schema };
