import { findByCode } from "../../core/municipalities";
import { getReportTemplate } from "../../core/rules";
import { price, type ReportValues } from "../values";

/**
 * The round's status per municipality and its totals, from the latest version of each report. The
 * export is built from the same rows, sorted by municipality number, so the same data gives the same bytes.
 */
export type ReportStatus = "reported" | "not-yet" | "late" | "corrected";

export async function roundStatus(d1: D1Database, roundId: string) {
  const round = await d1.prepare("SELECT * FROM rounds WHERE id = ?").bind(roundId).first<{ id: string; template: string; title: string; opens_at: string; closes_at: string; created_at: string }>();
  const template = round && getReportTemplate(round.template);
  if (!round || !template) return undefined;
  const codes = (await d1.prepare("SELECT code FROM round_municipalities WHERE round_id = ? ORDER BY code").bind(roundId).all<{ code: string }>()).results;
  const latest = (
    await d1
      .prepare(
        `SELECT s.code, s.version, s."values" AS v, s.total_nok, s.late, s.submitted_at, s.reference FROM submissions s
         WHERE s.round_id = ? AND s.version = (SELECT MAX(version) FROM submissions WHERE round_id = s.round_id AND code = s.code)`,
      )
      .bind(roundId)
      .all<{ code: string; version: number; v: string; total_nok: number; late: number; submitted_at: string; reference: string }>()
  ).results;
  const byCode = new Map(latest.map((r) => [r.code, r]));
  const onDate = round.created_at.slice(0, 10);
  const rows = codes.map(({ code }) => {
    const s = byCode.get(code);
    const priced = s ? price(template, JSON.parse(s.v) as ReportValues) : undefined;
    const status: ReportStatus = !s ? "not-yet" : s.late ? "late" : s.version > 1 ? "corrected" : "reported";
    return {
      code,
      name: findByCode(code, onDate)?.name ?? code,
      status,
      version: s?.version ?? 0,
      submittedAt: s?.submitted_at ?? null,
      reference: s?.reference ?? null,
      lines: Object.fromEntries(template.lines.map((l) => [l.id, priced?.lines.find((x) => x.id === l.id)?.amountNok ?? 0])),
      values: Object.fromEntries(template.lines.map((l) => [l.id, priced?.lines.find((x) => x.id === l.id)?.value ?? {}])),
      totalNok: priced?.totalNok ?? 0,
    };
  });
  const totals = Object.fromEntries(template.lines.map((l) => [l.id, rows.reduce((sum, r) => sum + (r.lines[l.id] ?? 0), 0)]));
  return {
    round: { id: round.id, template: round.template, title: round.title, opensAt: round.opens_at, closesAt: round.closes_at },
    template,
    rows,
    totals,
    totalNok: rows.reduce((s, r) => s + r.totalNok, 0),
    counts: { reported: rows.filter((r) => r.status !== "not-yet").length, notYet: rows.filter((r) => r.status === "not-yet").length },
  };
}

/** CSV for payout: semicolon-separated, UTF-8 with BOM (Excel), integers only, CRLF line ends. */
export function exportCsv(status: NonNullable<Awaited<ReturnType<typeof roundStatus>>>): string {
  const lineIds = status.template.lines.filter((l) => l.type === "count" || l.type === "places-months").map((l) => l.id);
  const header = ["kommunenummer", "kommune", "status", "versjon", ...lineIds.map((id) => `${id}_antall`), ...lineIds.map((id) => `${id}_kr`), "sum_kr"];
  const quote = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const body = status.rows.map((r) =>
    [r.code, r.name, r.status, String(r.version), ...lineIds.map((id) => String((r.values[id] as { count?: number; places?: number }).count ?? (r.values[id] as { places?: number }).places ?? 0)), ...lineIds.map((id) => String(r.lines[id] ?? 0)), String(r.totalNok)]
      .map(quote)
      .join(";"),
  );
  return `\uFEFF${[header.join(";"), ...body].join("\r\n")}\r\n`;
}
