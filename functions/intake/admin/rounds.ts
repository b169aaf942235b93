import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { toCsv } from "../../core/csv";
import { findByCode, municipalitiesOn } from "../../core/municipalities";
import { getReportTemplate } from "../../core/rules";
import { randomToken, sha256 } from "../crypto";
import { chunks } from "../chunks";
import { DEFAULT_REMINDERS, type Reminder } from "../mail/schedule";
import { db, roundById, roundCodes, schema } from "../store";

/** Admin operations as D1 batches of drizzle statements: each leaves either everything written or nothing. */
export interface NewRound {
  template: string;
  title: string;
  opensAt: string;
  closesAt: string;
  allowLate?: boolean;
  municipalities: "all" | string[];
  /** Default: 7 and 2 days before and the deadline's morning (mail/schedule.ts); [] for none. */
  reminders?: Reminder[];
}

export async function createRound(d1: D1Database, r: NewRound, actor: string, now = new Date()) {
  const id = crypto.randomUUID();
  const onDate = now.toISOString().slice(0, 10);
  const codes = r.municipalities === "all" ? municipalitiesOn(onDate).map((m) => m.code) : [...new Set(r.municipalities)];
  const unknown = codes.filter((code) => !findByCode(code, onDate));
  if (!getReportTemplate(r.template) || unknown.length > 0) return { ok: false as const, unknown };
  const d = db(d1);
  const nowIso = now.toISOString();
  await d.batch([
    d.insert(schema.rounds).values({ id, template: r.template, title: r.title, opensAt: r.opensAt, closesAt: r.closesAt, allowLate: r.allowLate ?? false, createdAt: nowIso, reminders: JSON.stringify(r.reminders ?? DEFAULT_REMINDERS) }),
    // Rows per statement stay under D1's 100 bound parameters (2 per row).
    ...chunks(codes, 49).map((chunk) => d.insert(schema.roundMunicipalities).values(chunk.map((code) => ({ roundId: id, code })))),
    d.insert(schema.auditLog).values({ at: nowIso, actor, action: "round.created", roundId: id, detail: JSON.stringify({ template: r.template, municipalities: codes.length }) }),
  ]);
  return { ok: true as const, id, municipalities: codes.length };
}

/**
 * Issues (or reissues) one link per municipality: any earlier live link is revoked in the same batch.
 * The tokens are returned once, for the mail merge, and never stored.
 */
export async function issueLinks(d1: D1Database, roundId: string, codes: string[] | "all", actor: string, baseUrl: string, now = new Date()) {
  const d = db(d1);
  // No round, no links and no audit line claiming some were issued.
  if (!(await roundById(d, roundId))) return undefined;
  const inRound = await roundCodes(d, roundId);
  const wanted = codes === "all" ? inRound : inRound.filter((c) => codes.includes(c));
  const nowIso = now.toISOString();
  const rows: Array<{ code: string; name: string; url: string; hash: string }> = [];
  for (const code of wanted) {
    const token = randomToken();
    rows.push({ code, name: findByCode(code, nowIso.slice(0, 10))?.name ?? code, url: `${baseUrl}/rapport/lenke/${token}`, hash: await sha256(token) });
  }
  const links = schema.links;
  // Revoke earlier live links and insert the new ones in ONE batch; rows are grouped per statement to
  // stay under D1's 100 bound parameters (an update binds 2 + one per code, an insert 5 per row).
  await d.batch([
    // The audit line first: drizzle's batch wants a first statement, and the chunks may be none.
    d.insert(schema.auditLog).values({ at: nowIso, actor, action: "links.issued", roundId, detail: JSON.stringify({ count: rows.length }) }),
    ...chunks(rows, 90).map((chunk) =>
      d.update(links).set({ revokedAt: nowIso }).where(and(eq(links.roundId, roundId), isNull(links.revokedAt), inArray(links.code, chunk.map((r) => r.code)))),
    ),
    ...chunks(rows, 19).map((chunk) => d.insert(links).values(chunk.map((r) => ({ id: crypto.randomUUID(), roundId, code: r.code, tokenHash: r.hash, createdAt: nowIso })))),
  ]);
  return rows.map(({ code, name, url }) => ({ code, name, url }));
}

/** The links for the mail merge as CSV (the API's text/csv answer and the admin page's copy). */
export function linksCsv(links: Array<{ code: string; name: string; url: string }>): string {
  return toCsv(["kommunenummer", "kommune", "lenke"], links.map((l) => [l.code, l.name, l.url]));
}

/**
 * Revokes the municipality's live link, if it has one. The audit line is written only when a link is
 * revoked: it goes first in the batch, conditioned on a live link existing (the batch is one
 * transaction, so the update after it revokes exactly the link it saw).
 */
export async function revokeLink(d1: D1Database, roundId: string, code: string, actor: string, now = new Date()) {
  const nowIso = now.toISOString();
  const d = db(d1);
  const links = schema.links;
  const live = and(eq(links.roundId, roundId), eq(links.code, code), isNull(links.revokedAt));
  const [, revoked] = await d.batch([
    d.insert(schema.auditLog).select(
      d
        // Every column, in the table's order (drizzle's rule for INSERT … SELECT); a NULL id is the next rowid.
        .select({ id: sql`NULL`.as("id"), at: sql`${nowIso}`.as("at"), actor: sql`${actor}`.as("actor"), action: sql`'link.revoked'`.as("action"), roundId: links.roundId, code: links.code, detail: sql`NULL`.as("detail") })
        .from(links)
        .where(live)
        .limit(1),
    ),
    d.update(links).set({ revokedAt: nowIso }).where(live).returning({ id: links.id }),
  ]);
  return revoked.length > 0;
}
