/**
 * Every CSV file Rettsjekk writes goes through here: RFC 4180 quoting and OWASP's CSV-injection defence,
 * with the Norwegian spreadsheet habits (semicolon, UTF-8 with BOM, CRLF) Excel opens without a wizard.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A cell a spreadsheet would run as a formula starts with one of these (OWASP: = + - @, tab, CR). Such a
 * cell gets a leading apostrophe, so the spreadsheet shows it as text. Numbers are written as numbers:
 * a negative number is data, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** RFC 4180: a field holding the separator, a quote or a line break is quoted, its quotes doubled. */
const NEEDS_QUOTES = /[;,"\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: header and rows, semicolon-separated, CRLF line ends, a BOM so Excel reads UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
