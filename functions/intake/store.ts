import { and, desc, eq, isNull } from "drizzle-orm";
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

export async function activeLinkByHash(d: Db, tokenHash: string) {
  return (
    await d
      .select()
      .from(schema.links)
      .where(and(eq(schema.links.tokenHash, tokenHash), isNull(schema.links.revokedAt)))
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
