import { findByCode, municipalitiesOn } from "../../core/municipalities";
import { getReportTemplate } from "../../core/rules";
import { randomToken, sha256 } from "../crypto";

/** Admin operations as D1 batches: each leaves either everything written or nothing. */
export interface NewRound {
  template: string;
  title: string;
  opensAt: string;
  closesAt: string;
  allowLate?: boolean;
  municipalities: "all" | string[];
}

export async function createRound(d1: D1Database, r: NewRound, actor: string, now = new Date()) {
  const id = crypto.randomUUID();
  const onDate = now.toISOString().slice(0, 10);
  const codes = r.municipalities === "all" ? municipalitiesOn(onDate).map((m) => m.code) : [...new Set(r.municipalities)];
  const unknown = codes.filter((code) => !findByCode(code, onDate));
  if (!getReportTemplate(r.template) || unknown.length > 0) return { ok: false as const, unknown };
  const statements = [
    d1.prepare("INSERT INTO rounds (id, template, title, opens_at, closes_at, allow_late, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)").bind(id, r.template, r.title, r.opensAt, r.closesAt, r.allowLate ? 1 : 0, now.toISOString()),
    ...chunks(codes, 49).map((chunk) =>
      d1.prepare(`INSERT INTO round_municipalities (round_id, code) VALUES ${chunk.map(() => "(?, ?)").join(", ")}`).bind(...chunk.flatMap((code) => [id, code])),
    ),
    d1.prepare("INSERT INTO audit_log (at, actor, action, round_id, detail) VALUES (?, ?, 'round.created', ?, ?)").bind(now.toISOString(), actor, id, JSON.stringify({ template: r.template, municipalities: codes.length })),
  ];
  await d1.batch(statements);
  return { ok: true as const, id, municipalities: codes.length };
}

/**
 * Issues (or reissues) one link per municipality: any earlier live link is revoked in the same batch.
 * The tokens are returned once, for the mail merge, and never stored.
 */
export async function issueLinks(d1: D1Database, roundId: string, codes: string[] | "all", actor: string, baseUrl: string, now = new Date()) {
  const inRound = (await d1.prepare("SELECT code FROM round_municipalities WHERE round_id = ? ORDER BY code").bind(roundId).all<{ code: string }>()).results.map((r) => r.code);
  const wanted = codes === "all" ? inRound : inRound.filter((c) => codes.includes(c));
  const nowIso = now.toISOString();
  const rows: Array<{ code: string; name: string; url: string; hash: string }> = [];
  for (const code of wanted) {
    const token = randomToken();
    rows.push({ code, name: findByCode(code, nowIso.slice(0, 10))?.name ?? code, url: `${baseUrl}/rapport/lenke/${token}`, hash: await sha256(token) });
  }
  const statements: D1PreparedStatement[] = [];
  // Revoke earlier live links and insert the new ones in ONE batch; rows are grouped per statement to
  // stay under D1's 100 bound parameters.
  for (let i = 0; i < rows.length; i += 90) {
    const chunk = rows.slice(i, i + 90);
    statements.push(d1.prepare(`UPDATE links SET revoked_at = ? WHERE round_id = ? AND revoked_at IS NULL AND code IN (${chunk.map(() => "?").join(",")})`).bind(nowIso, roundId, ...chunk.map((r) => r.code)));
  }
  for (let i = 0; i < rows.length; i += 19) {
    const chunk = rows.slice(i, i + 19);
    statements.push(
      d1.prepare(`INSERT INTO links (id, round_id, code, token_hash, created_at) VALUES ${chunk.map(() => "(?, ?, ?, ?, ?)").join(", ")}`).bind(...chunk.flatMap((r) => [crypto.randomUUID(), roundId, r.code, r.hash, nowIso])),
    );
  }
  statements.push(d1.prepare("INSERT INTO audit_log (at, actor, action, round_id, detail) VALUES (?, ?, 'links.issued', ?, ?)").bind(nowIso, actor, roundId, JSON.stringify({ count: rows.length })));
  await d1.batch(statements);
  return rows.map(({ code, name, url }) => ({ code, name, url }));
}

export async function revokeLink(d1: D1Database, roundId: string, code: string, actor: string, now = new Date()) {
  const nowIso = now.toISOString();
  const [update] = await d1.batch([
    d1.prepare("UPDATE links SET revoked_at = ? WHERE round_id = ? AND code = ? AND revoked_at IS NULL").bind(nowIso, roundId, code),
    d1.prepare("INSERT INTO audit_log (at, actor, action, round_id, code) VALUES (?, ?, 'link.revoked', ?, ?)").bind(nowIso, actor, roundId, code),
  ]);
  return (update?.meta.changes ?? 0) > 0;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
