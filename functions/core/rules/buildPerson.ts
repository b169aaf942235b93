import { factsAfter, fieldErrors, PersonSchema, type FieldError, type Person } from "./schema";
import type { IsoDate, LegalBasis, PersonField } from "./types";

/** A person's answers as flat fields, already typed from a form or a spreadsheet cell; absent = not given. */
export type PersonValues = { legalBasis?: LegalBasis | string } & { [F in PersonField]?: string | number | boolean };

export type BuiltPerson = { person: Person; errors: [] } | { person?: undefined; errors: FieldError[] };

/**
 * The one way from flat answers (the checker's questions, a participant list's columns) to the engine's
 * person: dotted fields are nested ("programme.start"), absent ones left out, and the person schema
 * decides what is valid, so the checker and the list share its bounds (dates, age, end after start) and
 * its validation codes. With the assessment date, a permit or settlement after it is refused too.
 */
export function buildPerson(values: PersonValues, asOf?: IsoDate): BuiltPerson {
  const candidate: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const [head = field, leaf] = field.split(".");
    if (leaf === undefined) candidate[head] = value;
    else candidate[head] = { ...(candidate[head] as object | undefined), [leaf]: value };
  }
  const parsed = PersonSchema.safeParse(candidate);
  if (!parsed.success) return { errors: fieldErrors(parsed.error, candidate) };
  const after = asOf === undefined ? [] : factsAfter(parsed.data, asOf);
  return after.length > 0 ? { errors: after } : { person: parsed.data, errors: [] };
}
