import { z } from "zod";
import { isIsoDate, todayInOslo } from "./dates";
import { AGE_BOUNDS, endsBeforeStart, factsAfter, FACT_DATE_FIELDS, inDateYears, ISO_SHAPE, type FieldError } from "./personFields";
import { DATE_YEARS, VALIDATION_CODES, withCode as code, type ValidationCode } from "./validationCodes";
import { END_GOALS, LEGAL_BASES } from "./types";

/**
 * zod schemas for a person and an eligibility question: the source for the API's validation, for the
 * TypeScript types and for the OpenAPI document (`.meta`). Their bounds and checks come from
 * `personFields.ts`, which the zod-free person builder (checker, participant list, in the browser too)
 * reads as well; a test proves both answer alike.
 */

/** Custom issue messages are validation codes; `texts/` words them per language. */
// No generated parsers: zod probes for `new Function` otherwise, which the pages' CSP (no eval) reports
// as a violation in the browser, and which Workers refuse anyway.
z.config({ jitless: true });

export { factsAfter, FACT_DATE_FIELDS, inDateYears, type FieldError };

export const IsoDateSchema = z
  .string(code("invalid-type"))
  .regex(ISO_SHAPE, code("invalid-date"))
  .refine(isIsoDate, code("impossible-date"))
  // One message per field: the year is only judged once the date itself is well formed.
  .refine((d) => !ISO_SHAPE.test(d) || !isIsoDate(d) || inDateYears(d), code("date-out-of-range"))
  .meta({
    format: "date",
    description: `Calendar date, YYYY-MM-DD (Europe/Oslo), in the years ${DATE_YEARS.min}–${DATE_YEARS.max}.`,
    example: "2019-08-15",
  });

const period = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, code("invalid-type"));

export const ProgrammeSchema = period({
  start: IsoDateSchema.optional().meta({ description: "Programme start." }),
  end: IsoDateSchema.optional().meta({ description: "Actual or planned end; absent = ongoing." }),
})
  .refine((p) => !endsBeforeStart(p), { ...code("end-before-start"), path: ["end"] })
  .meta({ id: "Programme" });

export const NorwegianTrainingSchema = period({
  rightAndDuty: z.boolean(code("invalid-type")).optional().meta({ description: "Right and duty to Norwegian and social studies." }),
  end: IsoDateSchema.optional().meta({ description: "Date the training ended or ends." }),
}).meta({ id: "NorwegianTraining" });

export const PersonSchema = z
  .strictObject(
    {
      legalBasis: z.enum(LEGAL_BASES, code("invalid-value")),
      programme: ProgrammeSchema.optional(),
      norwegianTraining: NorwegianTrainingSchema.optional(),
      age: z.number(code("invalid-type")).int(code("invalid-type")).min(AGE_BOUNDS.min, code("too-small")).max(AGE_BOUNDS.max, code("too-large")).optional(),
      upperSecondary: z.boolean(code("invalid-type")).optional().meta({ description: "Has upper-secondary education already." }),
      endGoal: z.enum(END_GOALS, code("invalid-value")).optional(),
      childrenUnder18: z.boolean(code("invalid-type")).optional(),
      settled: IsoDateSchema.optional().meta({ description: "Settlement date in the municipality." }),
      permitGranted: IsoDateSchema.optional().meta({ description: "Date the residence permit was granted." }),
    },
    code("invalid-type"),
  )
  .meta({ id: "Person", description: "Every field but legalBasis is optional; a rule that needs a missing field says so." });

export const EligibilityRequestSchema = z
  .strictObject(
    {
      asOf: IsoDateSchema.optional().meta({ description: "Assessment date; default today in Europe/Oslo." }),
      person: PersonSchema,
    },
    code("invalid-type"),
  )
  .superRefine((request, ctx) => {
    for (const e of factsAfter(request.person, request.asOf ?? todayInOslo())) {
      ctx.addIssue({ code: "custom", message: e.code, path: ["person", e.field] });
    }
  })
  .meta({
    id: "EligibilityRequest",
    description: `A permit or settlement date after the assessment date is refused (${FACT_DATE_FIELDS.join(", ")}: not a fact yet).`,
  });

/** The person as the engine sees it: the type is inferred from the zod schema, its single source. */
export type Person = z.infer<typeof PersonSchema>;
export type EligibilityRequest = z.infer<typeof EligibilityRequestSchema>;

/**
 * Maps zod issues to field-level validation codes; wording per language lives in the packs. The input
 * is read only to tell a missing field from a wrong one (zod 4 does not put the input in its issues).
 */
export function fieldErrors(error: z.ZodError, input: unknown): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((k) => ({ field: path ? `${path}.${k}` : k, code: "unknown-field" }));
    }
    const missing = issue.code !== "custom" && valueAt(input, issue.path) === undefined;
    return [{ field: path, code: missing ? "required" : issueCode(issue) }];
  });
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const CODES = new Set<string>(VALIDATION_CODES);

function issueCode(issue: z.core.$ZodIssue): ValidationCode {
  if (CODES.has(issue.message)) return issue.message as ValidationCode;
  if (issue.code === "too_small") return "too-small";
  if (issue.code === "too_big") return issue.origin === "string" ? "too-long" : "too-large";
  if (issue.code === "invalid_value") return "invalid-value";
  if (issue.code === "invalid_format" && issue.format === "date") return "invalid-date";
  return "invalid-type";
}
