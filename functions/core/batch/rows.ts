import { buildPerson } from "../rules/buildPerson";
import type { IsoDate, Person, PersonValues } from "../rules";
import type { RowError } from "./answerSchema";
import { cellText, toIsoDate, type Cell } from "./cells";
import { COLUMNS, readEndGoal, readHeader, readLegalBasis, readYesNo, type ColumnKey, type HeaderReport } from "./columns";

/**
 * Turns spreadsheet rows (strings, or dates and numbers from XLSX) into persons, with row-level errors
 * that name the row, the column, the value found and (through the column's kind) what is allowed, and
 * never stop the rest. Accepts Norwegian habits: dd.mm.yyyy, ja/nei, bokmål and nynorsk words.
 */
export type { RowError, Cell };
export { toIsoDate };

export interface ParsedRow {
  row: number;
  ref: string;
  person?: Person;
  errors: RowError[];
}

export interface ParsedList {
  header: HeaderReport;
  /** The header row as written. */
  headers: string[];
  /** The data rows that are not empty, as in the file, in the order of `rows`. */
  cells: Cell[][];
  rows: ParsedRow[];
}

const isBlank = (cell: Cell) => cell === null || cell === undefined || String(cell).trim() === "";

/** A whole number of years: a number cell, or digits with an optional "år"/"years". */
function toWholeNumber(cell: Cell): number | "invalid" | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === "number") return Number.isInteger(cell) ? cell : "invalid";
  const m = /^(\d{1,3})(?:\s*(?:år|ar|years?))?$/i.exec(String(cell).trim());
  return m ? Number(m[1]) : "invalid";
}

/** With the assessment date, a permit or settlement date after it is a row error (not a fact yet). */
export function parseList(rows: Cell[][], asOf?: IsoDate): ParsedList {
  const [headerRow = [], ...data] = rows;
  const headers = headerRow.map((h) => String(h ?? ""));
  const header = readHeader(headers);
  const cells: Cell[][] = [];
  const parsed: ParsedRow[] = [];
  data.forEach((row, i) => {
    if (row.every(isBlank)) return;
    cells.push(row);
    parsed.push(parseRow(row, i + 2, header.keys, headers, asOf));
  });
  return { header, headers, cells, rows: parsed };
}

/** The rows only (the batch API). */
export function parseRows(rows: Cell[][], asOf?: IsoDate): ParsedRow[] {
  return parseList(rows, asOf).rows;
}

function parseRow(cells: Cell[], row: number, keys: Array<ColumnKey | undefined>, headers: string[], asOf?: IsoDate): ParsedRow {
  const get = (k: ColumnKey): Cell => {
    const i = keys.indexOf(k);
    return i === -1 ? undefined : cells[i];
  };
  const errors: RowError[] = [];
  const fail = (field: ColumnKey, code: RowError["code"]) => {
    const i = keys.indexOf(field);
    errors.push({ row, column: i === -1 ? (COLUMNS.find((c) => c.key === field)?.nb ?? field) : headers[i]!.trim(), field, code, value: cellText(get(field)) });
  };
  const date = (k: ColumnKey) => {
    const d = toIsoDate(get(k));
    if (d === "invalid") fail(k, "invalid-date");
    else if (d === "impossible") fail(k, "impossible-date");
    else return d;
    return undefined;
  };
  // A cell that says nothing is left out; one that says something unknown is an error, not a guess.
  const word = <T>(k: ColumnKey, read: (text: string) => T | undefined): T | undefined => {
    const cell = get(k);
    if (isBlank(cell)) return undefined;
    if (typeof cell === "boolean") return cell as T;
    const value = read(String(cell));
    if (value === undefined) fail(k, "invalid-value");
    return value;
  };
  const age = toWholeNumber(get("age"));
  if (age === "invalid") fail("age", "invalid-type");
  // Cell formats are read here (dd.mm.yyyy, ja/nei, Norwegian names); what the values must be (a legal
  // basis given, an age in range, an end after the start) is the person schema's, via buildPerson.
  const values: PersonValues = {
    legalBasis: word("legalBasis", readLegalBasis),
    "programme.start": date("programme.start"),
    "programme.end": date("programme.end"),
    "norwegianTraining.end": date("norwegianTraining.end"),
    "norwegianTraining.rightAndDuty": word("norwegianTraining.rightAndDuty", readYesNo),
    age: age === "invalid" ? undefined : age,
    upperSecondary: word("upperSecondary", readYesNo),
    endGoal: word("endGoal", readEndGoal),
    childrenUnder18: word("childrenUnder18", readYesNo),
    settled: date("settled"),
    permitGranted: date("permitGranted"),
  };
  const built = buildPerson(values, asOf);
  for (const e of built.errors) {
    const key = COLUMNS.find((c) => c.key === e.field)?.key;
    // A field already reported from its cell (an unknown word) is not reported twice.
    if (key && errors.some((x) => x.field === key)) continue;
    if (key) fail(key, e.code);
    else errors.push({ row, column: e.field, code: e.code });
  }
  // In the file's column order, as the caseworker reads the row.
  const at = (e: RowError) => (e.field ? keys.indexOf(e.field) : -1);
  errors.sort((a, b) => at(a) - at(b));
  const ref = cellText(get("ref"));
  return built.person && errors.length === 0 ? { row, ref, person: built.person, errors } : { row, ref, errors };
}
