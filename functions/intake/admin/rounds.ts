import { and, eq, inArray, isNull } from "drizzle-orm";
import { findByCode, municipalitiesOn } from "../../core/municipalities";
import { getReportTemplate } from "../../core/rules";
import { randomToken, sha256 } from "../crypto";
import { chunks } from "../chunks";
import { DEFAULT_REMINDERS, type Reminder } from "../mail/schedule";
import { db, roundCodes, schema } from "../store";

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

export async function revokeLink(d1: D1Database, roundId: string, code: string, actor: string, now = new Date()) {
  const nowIso = now.toISOString();
  const d = db(d1);
  const links = schema.links;
  const [revoked] = await d.batch([
    d.update(links).set({ revokedAt: nowIso }).where(and(eq(links.roundId, roundId), eq(links.code, code), isNull(links.revokedAt))).returning({ id: links.id }),
    d.insert(schema.auditLog).values({ at: nowIso, actor, action: "link.revoked", roundId, code }),
  ]);
  return revoked.length > 0;
}
