import { buildPerson, isIsoDate, type IsoDate, type Person, type PersonValues } from "../rules";
import type { RowError } from "./answerSchema";
import { COLUMNS, mapHeaders, type ColumnKey } from "./columns";

/**
 * Turns spreadsheet rows (strings, or dates and numbers from XLSX) into persons, with row-level errors
 * that name the row and the column and never stop the rest. Accepts Norwegian habits: dd.mm.yyyy, ja/nei.
 */
export type Cell = string | number | boolean | Date | null | undefined;

export type { RowError };

export interface ParsedRow {
  row: number;
  ref: string;
  person?: Person;
  errors: RowError[];
}

const LEGAL_ALIASES: Record<string, string> = { "kollektiv beskyttelse": "collective-protection", kollektiv: "collective-protection", "collective protection": "collective-protection", "integration act": "integreringsloven", "introduction act": "introduksjonsloven" };
const GOAL_ALIASES: Record<string, string> = { arbeid: "work", utdanning: "education", "fullført videregående": "upper-secondary", videregående: "upper-secondary", "vgs": "upper-secondary", annet: "other" };

export function toIsoDate(cell: Cell): string | "invalid" | "impossible" | undefined {
  if (cell === null || cell === undefined || cell === "") return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "invalid" : cell.toISOString().slice(0, 10);
  const s = String(cell).trim();
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : s;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "invalid";
  return isIsoDate(iso) ? iso : "impossible";
}

function toBool(cell: Cell): boolean | "invalid" | undefined {
  if (cell === null || cell === undefined || cell === "") return undefined;
  if (typeof cell === "boolean") return cell;
  const s = String(cell).trim().toLowerCase();
  if (["ja", "j", "yes", "y", "true", "1", "x"].includes(s)) return true;
  if (["nei", "n", "no", "false", "0"].includes(s)) return false;
  return "invalid";
}

/** With the assessment date, a permit or settlement date after it is a row error (not a fact yet). */
export function parseRows(rows: Cell[][], asOf?: IsoDate): ParsedRow[] {
  const [header = [], ...data] = rows;
  const keys = mapHeaders(header.map((h) => String(h ?? "")));
  const headerOf = (k: ColumnKey) => String(header[keys.indexOf(k)] ?? k);
  return data
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c !== null && c !== undefined && String(c).trim() !== ""))
    .map(({ cells, row }) => parseRow(cells, row, keys, headerOf, asOf));
}

function parseRow(cells: Cell[], row: number, keys: Array<ColumnKey | undefined>, headerOf: (k: ColumnKey) => string, asOf?: IsoDate): ParsedRow {
  const get = (k: ColumnKey): Cell => {
    const i = keys.indexOf(k);
    return i === -1 ? undefined : cells[i];
  };
  const errors: RowError[] = [];
  const fail = (k: ColumnKey, code: RowError["code"]) => errors.push({ row, column: headerOf(k), code });
  const date = (k: ColumnKey) => {
    const d = toIsoDate(get(k));
    if (d === "invalid") fail(k, "invalid-date");
    else if (d === "impossible") fail(k, "impossible-date");
    else return d;
    return undefined;
  };
  const bool = (k: ColumnKey) => {
    const b = toBool(get(k));
    if (b === "invalid") fail(k, "invalid-value");
    else return b;
    return undefined;
  };
  const basisText = String(get("legalBasis") ?? "").trim().toLowerCase();
  const goalText = String(get("endGoal") ?? "").trim().toLowerCase();
  const ageCell = get("age");
  // Cell formats are read here (dd.mm.yyyy, ja/nei, Norwegian names); what the values must be (a known
  // legal basis, an age in range, an end after the start) is the person schema's, via buildPerson.
  const values: PersonValues = {
    legalBasis: basisText === "" ? undefined : (LEGAL_ALIASES[basisText] ?? basisText),
    "programme.start": date("programme.start"),
    "programme.end": date("programme.end"),
    "norwegianTraining.end": date("norwegianTraining.end"),
    "norwegianTraining.rightAndDuty": bool("norwegianTraining.rightAndDuty"),
    age: ageCell === undefined || ageCell === null || ageCell === "" ? undefined : Number(ageCell),
    upperSecondary: bool("upperSecondary"),
    endGoal: goalText === "" ? undefined : (GOAL_ALIASES[goalText] ?? goalText),
    childrenUnder18: bool("childrenUnder18"),
    settled: date("settled"),
    permitGranted: date("permitGranted"),
  };
  const built = buildPerson(values, asOf);
  for (const e of built.errors) {
    const column = COLUMNS.find((c) => c.key === e.field)?.key;
    errors.push({ row, column: column ? headerOf(column) : e.field, code: e.code });
  }
  const ref = String(get("ref") ?? "").slice(0, 60);
  return built.person && errors.length === 0 ? { row, ref, person: built.person, errors } : { row, ref, errors };
}
