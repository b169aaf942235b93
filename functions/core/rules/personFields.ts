import { isIsoDate } from "./dates";
import { DATE_YEARS, type ValidationCode } from "./validationCodes";
import { END_GOALS, LEGAL_BASES, type IsoDate, type PersonField } from "./vocabulary";

/**
 * What a person's fields may hold, without zod: the bounds and checks the person schema (`schema.ts`)
 * is built from, so the zod schema (API, OpenAPI) and the builder the browser runs (`buildPerson.ts`)
 * read the same figures. `test/rules/personValidation.test.ts` proves the two give the same answers.
 */

/** The kind of value each person field holds. */
export const FIELD_KINDS = {
  "programme.start": "date",
  "programme.end": "date",
  "norwegianTraining.rightAndDuty": "boolean",
  "norwegianTraining.end": "date",
  age: "age",
  upperSecondary: "boolean",
  endGoal: "end-goal",
  childrenUnder18: "boolean",
  settled: "date",
  permitGranted: "date",
} as const satisfies Record<PersonField, "date" | "boolean" | "age" | "end-goal">;

/** Whole years of age, inclusive. */
export const AGE_BOUNDS = { min: 0, max: 130 } as const;

export const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A year outside `DATE_YEARS` is a typing error (0019 for 2019); it would give deadlines such as 10000-03-31. */
export function inDateYears(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max;
}

/**
 * A date string's problems in the schema's order: its shape, then whether the day exists, then (only for a
 * real date) its year. Empty when the date is valid.
 */
export function dateProblems(value: string): ValidationCode[] {
  const shaped = ISO_SHAPE.test(value);
  const real = isIsoDate(value);
  const out: ValidationCode[] = [];
  if (!shaped) out.push("invalid-date");
  if (!real) out.push("impossible-date");
  if (shaped && real && !inDateYears(value)) out.push("date-out-of-range");
  return out;
}

/** A programme cannot end before it starts (compared as given: the schema's refinement). */
export function endsBeforeStart(p: { start?: unknown; end?: unknown }): boolean {
  return p.start !== undefined && p.end !== undefined && !((p.end as string) >= (p.start as string));
}

export { END_GOALS, LEGAL_BASES };

export interface FieldError {
  /** Dotted path of the field ("person.programme.end"); empty for the whole body. */
  field: string;
  code: ValidationCode;
}

/**
 * Fields that state something that has happened (a permit granted, a settlement): such a date after the
 * assessment date is not a fact yet, so it is refused with a field message rather than assessed.
 * Programme and training ends may be planned, so they may lie ahead.
 */
export const FACT_DATE_FIELDS = ["permitGranted", "settled"] as const;

export function factsAfter(person: { [F in (typeof FACT_DATE_FIELDS)[number]]?: IsoDate }, asOf: IsoDate): FieldError[] {
  return FACT_DATE_FIELDS.filter((f) => {
    const date = person[f];
    return date !== undefined && date > asOf;
  }).map((field) => ({ field, code: "after-assessment-date" as const }));
}
