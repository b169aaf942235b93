import { toCsv, type CsvValue } from "../csv";
import { getRule, isPersonRule } from "../rules/catalog";
import { RULE_IDS } from "../rules/vocabulary";
import type { RuleId } from "../rules/types";
import { dayMonthYear, type Cell } from "./cells";
import type { ParsedRow } from "./rows";
import { monthsFor } from "./statuses";
import type { RowDetermination, RowResult } from "./summary";
import { rowErrorText, statusWord, type ListWords } from "./words";

/**
 * The results as a spreadsheet, one row per participant: the caseworker's own columns first, as they
 * were (a name or reference column included: this is made in the browser and never leaves it), then
 * the row number, one group per rule that applies to anyone in the list (status in words, months,
 * grant), the row's errors, and last the codes (`IP3-PROG` → `needs-assessment`) for systems. A total
 * row sums the grants. The same table becomes the CSV and the .xlsx, so the two cannot disagree.
 */
export type DownloadCell = string | number | boolean | Date | null;

export interface DownloadTable {
  header: string[];
  body: DownloadCell[][];
  /** The total row: its label in the first column, the grant sums in the grant columns. */
  total: DownloadCell[];
  /** Indexes of the grant columns (summed in `total`). */
  grantColumns: number[];
}

export interface DownloadInput {
  headers: string[];
  /** The file's data rows, as in `ParsedList.cells`, in the order of `rows`. */
  cells: Cell[][];
  rows: ParsedRow[];
  results: RowResult[];
  words: Pick<ListWords, "list" | "rules" | "statuses" | "statusesForInformation" | "validation">;
}

export function downloadTable({ headers, cells, rows, results, words }: DownloadInput): DownloadTable {
  const t = words.list;
  const byRow = new Map(results.map((r) => [r.row, r]));
  const present = new Set<RuleId>();
  const withMonths = new Set<RuleId>();
  for (const r of results) {
    for (const d of r.determinations) {
      present.add(d.rule);
      if (d.maxMonths !== null) withMonths.add(d.rule);
    }
  }
  // A group per rule evaluated for anyone in the list, in catalog order: its status always, its months
  // where the rule gives months, its grant where the rule pays one per participant.
  const groups = RULE_IDS.filter((id) => present.has(id)).map((id) => ({ id, months: withMonths.has(id), grant: grantRate(id) !== null }));
  const width = cells.reduce((w, c) => Math.max(w, c.length), headers.length);
  const own = Array.from({ length: width }, (_, i) => headers[i] ?? "");
  const groupHeader = groups.flatMap(({ id, months, grant }) => [
    `${words.rules[id]}: ${t.fileStatus}`,
    ...(months ? [`${words.rules[id]}: ${t.fileMonths}`] : []),
    ...(grant ? [`${words.rules[id]}: ${t.fileGrant}`] : []),
  ]);
  const header = [...own, t.fileRow, ...groupHeader, t.fileErrors, ...groups.map((g) => g.id)];
  const grantColumns: number[] = [];
  groupHeader.forEach((h, i) => h.endsWith(`: ${t.fileGrant}`) && grantColumns.push(width + 1 + i));
  const body = rows.map((parsed, i): DownloadCell[] => {
    const source = cells[i] ?? [];
    const of = new Map<RuleId, RowDetermination>(byRow.get(parsed.row)?.determinations.map((d) => [d.rule, d]));
    return [
      ...Array.from({ length: width }, (_, c) => ownCell(source[c])),
      parsed.row,
      ...groups.flatMap(({ id, months, grant }): DownloadCell[] => {
        const d = of.get(id);
        return [d ? statusWord(d, words) : null, ...(months ? [d ? monthsFor(d) : null] : []), ...(grant ? [d?.grantNok ?? null] : [])];
      }),
      parsed.errors.map((e) => rowErrorText(e, words)).join("\n") || null,
      ...groups.map(({ id }) => of.get(id)?.status ?? null),
    ];
  });
  const total: DownloadCell[] = header.map(() => null);
  total[0] = t.fileTotal;
  for (const column of grantColumns) total[column] = body.reduce((sum, row) => sum + (typeof row[column] === "number" ? (row[column] as number) : 0), 0);
  return { header, body, total, grantColumns };
}

/** The grant a rule pays per participant, from the catalog; null when it pays none that way. */
function grantRate(id: RuleId): number | null {
  const rule = getRule(id);
  return isPersonRule(rule) ? (rule.figures.grantNok ?? null) : null;
}

/** A cell of the caseworker's own, unchanged (an empty one stays empty). */
function ownCell(cell: Cell): DownloadCell {
  return cell === undefined || cell === null || cell === "" ? null : cell;
}

/** The table as CSV (functions/core/csv.ts: RFC 4180, formula cells defused); dates as dd.mm.yyyy. */
export function downloadCsv(table: DownloadTable): string {
  const value = (cell: DownloadCell): CsvValue => (cell instanceof Date ? dayMonthYear(cell) : cell);
  return toCsv(table.header, [...table.body, table.total].map((row) => row.map(value)));
}


/** A cell as write-excel-file takes it: its value, its type said outright (so text is never a formula), its style. */
export interface XlsxCell {
  value: string | number | boolean | Date;
  type: StringConstructor | NumberConstructor | BooleanConstructor | DateConstructor;
  format?: string;
  fontWeight?: "bold";
}

/**
 * The table as .xlsx rows (the Worker hands them to write-excel-file): numbers and dates stay numbers and
 * dates, text is typed as text, so a cell that starts with "=" is shown, never run; header and total in bold.
 */
export function xlsxRows(table: DownloadTable): Array<Array<XlsxCell | null>> {
  const cell = (value: DownloadCell, bold: boolean): XlsxCell | null => {
    if (value === null) return null;
    const style = bold ? { fontWeight: "bold" as const } : {};
    if (value instanceof Date) return { value, type: Date, format: "dd.mm.yyyy", ...style };
    if (typeof value === "number") return { value, type: Number, ...style };
    if (typeof value === "boolean") return { value, type: Boolean, ...style };
    return { value, type: String, ...style };
  };
  return [table.header.map((v) => cell(v, true)), ...table.body.map((row) => row.map((v) => cell(v, false))), table.total.map((v) => cell(v, true))];
}
