import { isIsoDate } from "../rules/dates";

/** A spreadsheet cell: text from a CSV, or a date, number or boolean from an .xlsx. */
export type Cell = string | number | boolean | Date | null | undefined;

/** A value found in a cell, as the caseworker would recognise it (a date cell as dd.mm.yyyy), at most 60 characters. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return dayMonthYear(cell);
  return String(cell).trim().slice(0, 60);
}

/** A date cell as the caseworker typed it: dd.mm.yyyy (empty for an invalid date). */
export function dayMonthYear(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export function toIsoDate(cell: Cell): string | "invalid" | "impossible" | undefined {
  if (cell === null || cell === undefined || cell === "") return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "invalid" : cell.toISOString().slice(0, 10);
  const s = String(cell).trim();
  if (s === "") return undefined;
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : s;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "invalid";
  return isIsoDate(iso) ? iso : "impossible";
}

