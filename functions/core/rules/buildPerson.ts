import { dateProblems, endsBeforeStart, factsAfter, FIELD_KINDS, AGE_BOUNDS, END_GOALS, LEGAL_BASES, type FieldError } from "./personFields";
import type { Person } from "./schema";
import type { ValidationCode } from "./validationCodes";
import { PERSON_FIELDS, type IsoDate, type LegalBasis, type PersonField } from "./vocabulary";

/** A person's answers as flat fields, already typed from a form or a spreadsheet cell; absent = not given. */
export type PersonValues = { legalBasis?: LegalBasis | string } & { [F in PersonField]?: string | number | boolean };

export type BuiltPerson = { person: Person; errors: [] } | { person?: undefined; errors: FieldError[] };

/**
 * The one way from flat answers (the checker's questions, a participant list's columns) to the engine's
 * person: dotted fields are nested ("programme.start"), absent ones left out, and each value is checked
 * against the person schema's bounds (`personFields.ts`), in the schema's order and with its validation
 * codes, so the checker and the list share them. With the assessment date, a permit or settlement after
 * it is refused too.
 *
 * Written without zod so the browser's checker does not load it (issue 17); the person schema stays the
 * API's validator, and `test/rules/personValidation.test.ts` proves both give the same person and errors.
 */
export function buildPerson(values: PersonValues, asOf?: IsoDate): BuiltPerson {
  const errors: FieldError[] = [];
  const fail = (field: string, ...codes: ValidationCode[]) => {
    for (const code of codes) errors.push({ field, code });
  };
  const { legalBasis } = values;
  if (legalBasis === undefined) fail("legalBasis", "required");
  else if (!(LEGAL_BASES as readonly unknown[]).includes(legalBasis)) fail("legalBasis", "invalid-value");

  // Programme and training are objects in the person; a type error inside one skips its cross-field check.
  let programmeTyped = true;
  for (const field of PERSON_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    const kind = FIELD_KINDS[field];
    if (kind === "date") {
      if (typeof value !== "string") fail(field, "invalid-type");
      else fail(field, ...dateProblems(value));
    } else if (kind === "boolean") {
      if (typeof value !== "boolean") fail(field, "invalid-type");
    } else if (kind === "age") {
      // As zod's int(): a fraction stops there; a whole number beyond the safe range is a type error too.
      if (typeof value !== "number" || !Number.isInteger(value)) fail(field, "invalid-type");
      else {
        if (!Number.isSafeInteger(value)) fail(field, "invalid-type");
        if (value < AGE_BOUNDS.min) fail(field, "too-small");
        if (value > AGE_BOUNDS.max) fail(field, "too-large");
      }
    } else if (!(END_GOALS as readonly unknown[]).includes(value)) {
      fail(field, "invalid-value");
    }
    if (field.startsWith("programme.") && errors.some((e) => e.field === field && e.code === "invalid-type")) programmeTyped = false;
    if (field === "programme.end" && programmeTyped && endsBeforeStart({ start: values["programme.start"], end: value })) {
      fail(field, "end-before-start");
    }
  }
  for (const field of Object.keys(values)) {
    if (values[field as PersonField] !== undefined && field !== "legalBasis" && !(PERSON_FIELDS as readonly string[]).includes(field)) fail(field, "unknown-field");
  }
  if (errors.length > 0) return { errors };
  const person = nest(values) as Person;
  const after = asOf === undefined ? [] : factsAfter(person, asOf);
  return after.length > 0 ? { errors: after } : { person, errors: [] };
}

/** Dotted fields into the person's objects ("programme.start" → programme.start); absent ones left out. */
export function nest(values: PersonValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const [head = field, leaf] = field.split(".");
    if (leaf === undefined) out[head] = value;
    else out[head] = { ...(out[head] as object | undefined), [leaf]: value };
  }
  return out;
}
