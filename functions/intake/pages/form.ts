import { fieldErrors, type ReportLine, type ReportTemplate } from "../../core/rules";
import { packFor } from "../../core/i18n";
import type { IntakeLang } from "../../core/i18n/intake";
import type { IntakeStrings, ReportNumberKind } from "../../core/i18n/schema";
import { MAX_COUNT, MAX_MONTHS, MAX_NOK, MAX_REASON_LENGTH, reasonSchema, valuesSchema, type ReportValues } from "../values";

/**
 * Form fields ↔ report values. Field names are `<line id>.<part>` (e.g. `ip3-programme.count`), so the
 * no-JavaScript form, the check-answers page and its hidden fields all speak the same names. A number is
 * read as a municipality writes it: "12 500", "12.500" and "kr 12 500,-" are 12500; "12,5" is a decimal,
 * "tre" no number at all, and each gets its own message (never a type error).
 */
const PARTS = { count: ["count"], "places-months": ["places", "months"], amount: ["nok"], text: ["text"] } as const;
type Part = (typeof PARTS)[keyof typeof PARTS][number];
const KIND: Record<Exclude<Part, "text">, ReportNumberKind> = { count: "count", places: "places", months: "months", nok: "nok" };
const LIMIT: Record<ReportNumberKind, number> = { count: MAX_COUNT, places: MAX_COUNT, months: MAX_MONTHS, nok: MAX_NOK };

export function fieldNames(template: Pick<ReportTemplate, "lines">): string[] {
  return template.lines.flatMap((l) => PARTS[l.type].map((p) => `${l.id}.${p}`));
}

export function lineFields(line: ReportLine): Array<{ name: string; part: Part }> {
  return PARTS[line.type].map((part) => ({ name: `${line.id}.${part}`, part }));
}

export type NumberProblem = "empty" | "decimal" | "not-number" | "negative";

/** A whole number as typed, or why it is not one. */
export function readWholeNumber(text: string): number | NumberProblem {
  const t = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^kr\.?/i, "")
    .replace(/(kr\.?|,-|,–)$/i, "");
  if (t === "") return "empty";
  if (/^-\d/.test(t)) return "negative";
  // Dots between groups of three are thousands, as in "kr. 45.000,-" (S0); a comma (or a lone dot) is a decimal.
  const digits = /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replaceAll(".", "") : t;
  if (/^\d{1,12}$/.test(digits)) return Number(digits);
  if (/^\d+[.,]\d+$/.test(t)) return "decimal";
  return "not-number";
}

export interface FormError {
  field: string;
  message: string;
}

/**
 * Reads posted fields into values and checks them. Errors are in the municipality's words: which field,
 * what was typed and what to write instead.
 */
export function valuesFromForm(template: ReportTemplate, form: Record<string, unknown>, words: IntakeStrings, lang: IntakeLang): { values: ReportValues; raw: Record<string, string>; errors: FormError[] } {
  const values: ReportValues = {};
  const raw: Record<string, string> = {};
  const errors: FormError[] = [];
  const kinds = new Map<string, ReportNumberKind>();
  for (const line of template.lines) {
    const value: Record<string, number | string> = {};
    for (const { name, part } of lineFields(line)) {
      const text = String(form[name] ?? "").trim();
      raw[name] = text;
      if (part === "text") {
        value[part] = text;
        continue;
      }
      const kind = KIND[part];
      kinds.set(name, kind);
      const read = readWholeNumber(text);
      if (typeof read === "number") value[part] = read;
      else {
        value[part] = 0;
        errors.push({ field: name, message: numberMessage(words, kind, read, text) });
      }
    }
    values[line.id] = value;
  }
  const parsed = valuesSchema(template).safeParse(values);
  if (!parsed.success) {
    for (const e of fieldErrors(parsed.error, values)) {
      if (errors.some((x) => x.field === e.field)) continue;
      const kind = kinds.get(e.field);
      const line = template.lines.find((l) => e.field.startsWith(`${l.id}.`));
      const message =
        e.code === "national-id"
          ? packFor(lang).validation["national-id"]
          : kind
            ? e.code === "too-small"
              ? words.fields[kind].negative
              : words.fields[kind].tooLarge(grouped(LIMIT[kind], lang))
            : words.fields.tooLong(line?.type === "text" ? line.maxLength : MAX_REASON_LENGTH);
      errors.push({ field: e.field, message });
    }
  }
  return { values, raw, errors };
}

function numberMessage(words: IntakeStrings, kind: ReportNumberKind, problem: NumberProblem, text: string): string {
  const w = words.fields[kind];
  switch (problem) {
    case "empty":
      return w.empty;
    case "decimal":
      return w.decimal;
    case "negative":
      return w.negative;
    case "not-number":
      return w.notNumber(text.slice(0, 40));
  }
}

/** The correction's reason, checked as the API checks it (length, no national identity number), in words. */
export function reasonErrors(reason: string, required: boolean, words: IntakeStrings, lang: IntakeLang): FormError[] {
  if (required && reason.trim() === "") return [{ field: "reason", message: words.fields.reasonRequired }];
  const checked = reasonSchema.safeParse(reason);
  if (checked.success) return [];
  return fieldErrors(checked.error, reason).map((e) => ({ field: "reason", message: e.code === "national-id" ? packFor(lang).validation["national-id"] : words.fields.tooLong(MAX_REASON_LENGTH) }));
}

/** 100000 → "100 000", as the language writes thousands. */
export function grouped(n: number, lang: IntakeLang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, packFor(lang).format.thousands);
}
