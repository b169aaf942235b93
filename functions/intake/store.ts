import { and, desc, eq, getTableColumns, gt, isNull } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import * as schema from "../../db/schema";

/** Read access to the intake tables; writes that must be atomic live in submit.ts and admin routes. */
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

export { schema };
