import { z } from "@hono/zod-openapi";
import { toCsv } from "../../core/csv";
import { currentCode, findByCode } from "../../core/municipalities";
import { getReportTemplate, templateFrameNok, templateTotal, type ReportLine, type ReportTemplate, type ReportTotal } from "../../core/rules";
import { db, latestSubmissions, roundById, roundCodes } from "../store";
import { LineValueSchema, price, type LineValue, type ReportValues } from "../values";
import { admin as w } from "../../core/i18n/nb/admin";
import { osloNumeric } from "../osloTime";

/**
 * The round's status per municipality and its totals, from the latest version of each report. The
 * export is built from the same rows, sorted by municipality number, so the same data gives the same bytes.
 */
const REPORT_STATUSES = ["reported", "not-yet", "late", "corrected"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
const nok = z.number().int();
const TOTAL_BASES = ["rates", "allocation", "frame"] as const satisfies readonly ReportTotal["basis"][];

/** The status answer (GET …/status, …/export.json): one row per municipality of the round. */
export const RoundStatusSchema = z
  .strictObject({
    round: z.strictObject({
      id: z.string(),
      template: z.string(),
      title: z.string(),
      opensAt: z.iso.datetime(),
      closesAt: z.iso.datetime(),
      total: z
        .strictObject({ basis: z.enum(TOTAL_BASES), frameNok: nok.nullable().meta({ description: "The rule's frame for all recipients together (basis frame); null otherwise." }) })
        .meta({ description: "What each row's totalNok is: rates = the lines at the catalog's rates (the payout); allocation = the amount the rule allocates to the municipality; frame = none per municipality (the rule gives a frame only)." }),
    }),
    rows: z.array(
      z.strictObject({
        code: z.string(),
        name: z.string(),
        status: z.enum(REPORT_STATUSES),
        version: z.number().int().min(0).meta({ description: "The latest version; 0 when nothing is reported yet." }),
        submittedAt: z.iso.datetime().nullable(),
        late: z.boolean().meta({ description: "The latest version came in after the deadline (the round allowed late reports)." }),
        reference: z.string().nullable(),
        lines: z.record(z.string(), nok).meta({ description: "Kroner per line that carries money, whole NOK: count × rate, places × months × rate, or the amount reported (income, expenses, amount used)." }),
        values: z.record(z.string(), LineValueSchema),
        totalNok: nok.nullable().meta({ description: "The municipality's total as round.total.basis defines it; null where the rule defines none for it." }),
        unusedNok: nok.nullable().optional().meta({ description: "Basis allocation: allocated minus reported as used; null until reported." }),
      }),
    ),
    totals: z.record(z.string(), nok).meta({ description: "Kroner per line over all municipalities, whole NOK." }),
    totalNok: nok.nullable().meta({ description: "The sum of the rows' totals; null when the basis defines none (frame)." }),
    counts: z.strictObject({ reported: z.number().int(), notYet: z.number().int() }),
  })
  .openapi("RoundStatus");
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

/** Lines that carry kroner (counts and places at a rate, amounts reported); text lines carry words only. */
const moneyLines = (template: ReportTemplate) => template.lines.filter((l) => l.type !== "text");

export async function roundStatus(d1: D1Database, roundId: string): Promise<(RoundStatus & { template: ReportTemplate }) | undefined> {
  const d = db(d1);
  const round = await roundById(d, roundId);
  const template = round && getReportTemplate(round.template);
  if (!round || !template) return undefined;
  const codes = await roundCodes(d, roundId);
  const latest = await latestSubmissions(d, roundId);
  const byCode = new Map(latest.map((r) => [r.code, r]));
  const onDate = round.createdAt.slice(0, 10);
  const allocatedTo = (recipient: string) => currentCode(recipient, onDate);
  const rows = codes.map((code) => {
    const s = byCode.get(code);
    const values = s ? (JSON.parse(s.values) as ReportValues) : {};
    const priced = price(template, values);
    const total = templateTotal(template, code, values, allocatedTo);
    const status: ReportStatus = !s ? "not-yet" : s.late ? "late" : s.version > 1 ? "corrected" : "reported";
    return {
      code,
      name: findByCode(code, onDate)?.name ?? code,
      status,
      version: s?.version ?? 0,
      submittedAt: s?.submittedAt ?? null,
      late: s?.late ?? false,
      reference: s?.reference ?? null,
      lines: Object.fromEntries(moneyLines(template).map((l) => [l.id, l.type === "amount" ? (values[l.id]?.nok ?? 0) : (priced.lines.find((x) => x.id === l.id)?.amountNok ?? 0)])),
      values: Object.fromEntries(template.lines.map((l) => [l.id, values[l.id] ?? {}])),
      totalNok: total.totalNok,
      ...(template.total.basis === "allocation" ? { unusedNok: s ? (total.unusedNok ?? null) : null } : {}),
    };
  });
  const totals = Object.fromEntries(moneyLines(template).map((l) => [l.id, rows.reduce((sum, r) => sum + (r.lines[l.id] ?? 0), 0)]));
  return {
    round: { id: round.id, template: round.template, title: round.title, opensAt: round.opensAt, closesAt: round.closesAt, total: { basis: template.total.basis, frameNok: templateFrameNok(template) } },
    template,
    rows,
    totals,
    totalNok: template.total.basis === "frame" ? null : rows.reduce((sum, r) => sum + (r.totalNok ?? 0), 0),
    counts: { reported: rows.filter((r) => r.status !== "not-yet").length, notYet: rows.filter((r) => r.status === "not-yet").length },
  };
}

/** Columns per line: what was reported (count, places and months, text), then kroner for lines that carry money. */
const VALUE_COLUMNS: { [T in ReportLine["type"]]: Array<keyof LineValue> } = {
  count: ["count"],
  "places-months": ["places", "months"],
  amount: [],
  text: ["text"],
};
const PART_WORD = { count: w.export.count, places: w.export.places, months: w.export.months, text: w.export.text, nok: w.export.kroner } as const;

/** A line's name in a column: the rule's id for a rule's line (as the rule pages name it), else its Norwegian name. */
const columnStem = (line: ReportLine) => ("rule" in line ? line.rule : w.export.lines[line.id]);

/**
 * CSV for payout, through the shared writer (core/csv.ts: semicolons, UTF-8 with BOM, CRLF, quoting and
 * the CSV-injection guard for free text), with Norwegian column names and values: status in words, the
 * submission time in Norwegian time, reference, late flag and version; every line of the template, then
 * `sum_kr`, the total as the template's rule defines it (empty where it defines none), and for an
 * allocation `ubrukt_kr`.
 */
export function exportCsv(status: NonNullable<Awaited<ReturnType<typeof roundStatus>>>): string {
  const { template } = status;
  const e = w.export;
  const valueColumns = template.lines.flatMap((l) => VALUE_COLUMNS[l.type].map((part) => ({ header: `${columnStem(l)}_${PART_WORD[part]}`, line: l.id, part })));
  const kroner = moneyLines(template);
  const allocation = template.total.basis === "allocation";
  const header = [e.code, e.name, e.status, e.version, e.reference, e.submittedAt, e.late, ...valueColumns.map((c) => c.header), ...kroner.map((l) => `${columnStem(l)}_${e.kroner}`), e.sum, ...(allocation ? [e.unused] : [])];
  const rows = status.rows.map((r) => [
    r.code,
    r.name,
    w.statuses[r.status],
    r.version,
    r.reference,
    r.submittedAt ? osloNumeric(r.submittedAt) : null,
    r.version === 0 ? null : r.late ? e.yes : e.no,
    ...valueColumns.map((c) => r.values[c.line]?.[c.part] ?? (c.part === "text" ? "" : 0)),
    ...kroner.map((l) => r.lines[l.id] ?? 0),
    r.totalNok,
    ...(allocation ? [r.unusedNok ?? null] : []),
  ]);
  return toCsv(header, rows);
}
