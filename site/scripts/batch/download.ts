/**
 * The results as a file, made in the browser: one row per participant and measure, the same columns
 * in CSV (semicolon, UTF-8 with BOM, as Norwegian Excel opens it) and in .xlsx (numbers as numbers).
 */
import type { RowResult } from "../../../functions/core/batch/summary";

const HEADER = ["rad", "referanse", "regel", "status", "maks_maaneder", "tilskudd_kr"] as const;
type Row = [number, string, string, string, number | null, number | null];
const FILE = "rettsjekk-resultater";

function resultRows(results: RowResult[]): Row[] {
  return results.flatMap((r) => r.determinations.map((d): Row => [r.row, r.ref, d.rule, d.status, d.maxMonths ?? null, d.grantNok ?? null]));
}

export function downloadCsv(results: RowResult[]): void {
  const text = (v: string | number | null) => (v === null ? "" : String(v).replaceAll(";", ","));
  const lines = [HEADER.join(";"), ...resultRows(results).map((row) => row.map(text).join(";"))];
  save(new Blob([`\uFEFF${lines.join("\r\n")}\r\n`], { type: "text/csv;charset=utf-8" }), `${FILE}.csv`);
}

export async function downloadXlsx(results: RowResult[]): Promise<void> {
  // Loaded on click: most visits never download, and the writer is the page's largest dependency.
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  const header = HEADER.map((value) => ({ value, fontWeight: "bold" as const }));
  const body = resultRows(results).map((row) => row.map((value) => (value === null ? null : { value })));
  const blob = await writeXlsxFile([header, ...body], { columns: [{ width: 6 }, { width: 18 }, { width: 14 }, { width: 18 }, { width: 14 }, { width: 14 }], stickyRowsCount: 1 }).toBlob();
  save(blob, `${FILE}.xlsx`);
}

function save(blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}
