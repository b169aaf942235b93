import type { ListStrings } from "../i18n/schema";
import type { Kind, RuleId, Status } from "../rules/types";
import type { ValidationCode } from "../rules/validationCodes";
import type { RowError } from "./answerSchema";
import { COLUMNS, END_GOAL_WORDS, LEGAL_BASIS_WORDS, type ColumnKey, type ColumnKind } from "./columns";

/**
 * The words the participant-list page gives its scripts (the page and its Web Worker), in the page's
 * language only: plain data, so it travels as JSON in the page and in a message to the Worker, and the
 * browser loads no language pack. The page builds it from the packs at build time (`listWords`).
 */
export interface ListWords {
  list: ListStrings;
  rules: Record<RuleId, string>;
  statuses: Record<Status, string>;
  statusesForInformation: Record<Status, string>;
  validation: Record<ValidationCode, string>;
  /** An amount in kroner with `{n}` for the grouped digits ("{n} kr", "NOK {n}"), and the group separator. */
  nok: string;
  thousands: string;
}

/** Fills a template's `{name}` slots: "{ok} rows assessed" with `{ ok: 12 }`. Unknown slots stay as written. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

export function formatNok(n: number, words: Pick<ListWords, "nok" | "thousands">): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, words.thousands);
  return fillTemplate(words.nok, { n: `${n < 0 ? "-" : ""}${digits}` });
}

/** A determination's status in words: rules that give a duty or information say "applies", not "entitled". */
export function statusWord(d: { kind: Kind; status: Status }, words: Pick<ListWords, "statuses" | "statusesForInformation">): string {
  return (d.kind === "information" || d.kind === "duty" ? words.statusesForInformation : words.statuses)[d.status];
}

/** The words a column of this kind accepts, from the spellings the parser reads: the first of each value, or all. */
function acceptedValues(kind: ColumnKind, all: boolean): string {
  const table = kind === "legal-basis" ? LEGAL_BASIS_WORDS : kind === "end-goal" ? END_GOAL_WORDS : undefined;
  if (!table) return "";
  return Object.values<readonly string[]>(table)
    .flatMap((spellings) => (all ? spellings.filter((s) => !s.includes("-")) : spellings.slice(0, 1)))
    .join(", ");
}

/** What a column accepts, as an instruction: "skriv ja eller nei". `all` lists every accepted spelling (the page's table). */
export function allowedText(key: ColumnKey, words: Pick<ListWords, "list">, all = false): string {
  const kind = COLUMNS.find((c) => c.key === key)?.kind ?? "text";
  return fillTemplate(words.list.allowed[kind], { values: acceptedValues(kind, all) });
}

/**
 * A row error as the caseworker reads it: the row, the column, the value found and what is allowed
 * ("Rad 4, kolonne «alder»: «tretti» – skriv et helt tall, for eksempel 31").
 */
export function rowErrorText(e: RowError, words: Pick<ListWords, "list" | "validation">): string {
  const where = e.value ? fillTemplate(words.list.errorValue, { row: e.row, column: e.column, value: e.value }) : fillTemplate(words.list.errorEmpty, { row: e.row, column: e.column });
  // A value in the wrong form gets the column's instruction; a value that is well formed but wrong
  // (a date that does not exist, an end before the start, an age out of range) gets the schema's message.
  const instruction = e.field && (e.code === "invalid-date" || e.code === "invalid-type" || e.code === "invalid-value" || e.code === "required") ? allowedText(e.field, words) : words.validation[e.code];
  return `${where} – ${instruction}`;
}
