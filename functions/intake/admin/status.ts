import { z } from "@hono/zod-openapi";
import { toCsv } from "../../core/csv";
import { findByCode } from "../../core/municipalities";
import { getReportTemplate, type ReportTemplate } from "../../core/rules";
import { db, latestSubmissions, roundById, roundCodes } from "../store";
import { LineValueSchema, price, type ReportValues } from "../values";

/**
 * The round's status per municipality and its totals, from the latest version of each report. The
 * export is built from the same rows, sorted by municipality number, so the same data gives the same bytes.
 */
const REPORT_STATUSES = ["reported", "not-yet", "late", "corrected"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
const nok = z.number().int();

/** The status answer (GET …/status, …/export.json): one row per municipality of the round. */
export const RoundStatusSchema = z
  .strictObject({
    round: z.strictObject({ id: z.string(), template: z.string(), title: z.string(), opensAt: z.iso.datetime(), closesAt: z.iso.datetime() }),
    rows: z.array(
      z.strictObject({
        code: z.string(),
        name: z.string(),
        status: z.enum(REPORT_STATUSES),
        version: z.number().int().min(0).meta({ description: "The latest version; 0 when nothing is reported yet." }),
        submittedAt: z.iso.datetime().nullable(),
        reference: z.string().nullable(),
        lines: z.record(z.string(), nok).meta({ description: "Amount per report line, whole NOK." }),
        values: z.record(z.string(), LineValueSchema),
        totalNok: nok,
      }),
    ),
    totals: z.record(z.string(), nok).meta({ description: "Amount per report line over all municipalities, whole NOK." }),
    totalNok: nok,
    counts: z.strictObject({ reported: z.number().int(), notYet: z.number().int() }),
  })
  .openapi("RoundStatus");
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

export async function roundStatus(d1: D1Database, roundId: string): Promise<(RoundStatus & { template: ReportTemplate }) | undefined> {
  const d = db(d1);
  const round = await roundById(d, roundId);
  const template = round && getReportTemplate(round.template);
  if (!round || !template) return undefined;
  const codes = await roundCodes(d, roundId);
  const latest = await latestSubmissions(d, roundId);
  const byCode = new Map(latest.map((r) => [r.code, r]));
  const onDate = round.createdAt.slice(0, 10);
  const rows = codes.map((code) => {
    const s = byCode.get(code);
    const priced = s ? price(template, JSON.parse(s.values) as ReportValues) : undefined;
    const status: ReportStatus = !s ? "not-yet" : s.late ? "late" : s.version > 1 ? "corrected" : "reported";
    return {
      code,
      name: findByCode(code, onDate)?.name ?? code,
      status,
      version: s?.version ?? 0,
      submittedAt: s?.submittedAt ?? null,
      reference: s?.reference ?? null,
      lines: Object.fromEntries(template.lines.map((l) => [l.id, priced?.lines.find((x) => x.id === l.id)?.amountNok ?? 0])),
      values: Object.fromEntries(template.lines.map((l) => [l.id, priced?.lines.find((x) => x.id === l.id)?.value ?? {}])),
      totalNok: priced?.totalNok ?? 0,
    };
  });
  const totals = Object.fromEntries(template.lines.map((l) => [l.id, rows.reduce((sum, r) => sum + (r.lines[l.id] ?? 0), 0)]));
  return {
    round: { id: round.id, template: round.template, title: round.title, opensAt: round.opensAt, closesAt: round.closesAt },
    template,
    rows,
    totals,
    totalNok: rows.reduce((s, r) => s + r.totalNok, 0),
    counts: { reported: rows.filter((r) => r.status !== "not-yet").length, notYet: rows.filter((r) => r.status === "not-yet").length },
  };
}

/** CSV for payout: semicolon-separated, UTF-8 with BOM (Excel), integers only, CRLF line ends (core/csv.ts). */
export function exportCsv(status: NonNullable<Awaited<ReturnType<typeof roundStatus>>>): string {
  const lineIds = status.template.lines.filter((l) => l.type === "count" || l.type === "places-months").map((l) => l.id);
  const header = ["kommunenummer", "kommune", "status", "versjon", ...lineIds.map((id) => `${id}_antall`), ...lineIds.map((id) => `${id}_kr`), "sum_kr"];
  const body = status.rows.map((r) => [
    r.code,
    r.name,
    r.status,
    r.version,
    ...lineIds.map((id) => (r.values[id] as { count?: number; places?: number }).count ?? (r.values[id] as { places?: number }).places ?? 0),
    ...lineIds.map((id) => r.lines[id] ?? 0),
    r.totalNok,
  ]);
  return toCsv(header, body);
}
