import { z } from "zod";
import { DateWindowSchema, IsoDateString, ValiditySchema } from "../catalogSchema";
import {
  CONDITION_CODES, END_GOALS, KINDS, MEASURES, NOTE_IDS, PERSON_DEADLINE_KINDS, PERSON_FIELDS, RULE_GROUPS, RULE_IDS, SEED_IDS, STATUSES,
} from "../vocabulary";

/**
 * What the engine answers for one rule and one person, language-neutral (`wording.ts` puts it into
 * words). zod schemas, so the engine's types, the API's strict response check and its OpenAPI document
 * are one definition. The engine imports the types only: this module is loaded by the API and the tests.
 */
export type { ConditionCode } from "../vocabulary";

const whole = z.number().int();

/**
 * One condition of a determination: whether it held (`null` = the input does not say), the person's
 * actual value and the rule's bound.
 */
export const ReasonSchema = z.strictObject({
  condition: z.enum(CONDITION_CODES),
  held: z.boolean().nullable().meta({ description: "null when the input does not say" }),
  field: z.enum(PERSON_FIELDS).optional().meta({ description: "The person field the condition reads, if any." }),
  actual: z.union([z.string(), z.number(), z.boolean()]).optional().meta({ description: "The person's value (date, number, boolean or end goal); absent when not given." }),
  window: DateWindowSchema.optional().meta({ description: "Date window the value must fall in." }),
  date: IsoDateString.optional().meta({ description: "Reference date (participating on, in force from)." }),
  period: z.strictObject({ start: IsoDateString.optional(), end: IsoDateString.optional() }).optional().meta({ description: "Programme period, for participation conditions." }),
  min: whole.optional().meta({ description: "Numeric bounds (ages, inclusive)." }),
  max: whole.optional(),
  expected: z.union([z.boolean(), z.array(z.enum(END_GOALS))]).optional().meta({ description: "Expected boolean or end goals." }),
});
export type Reason = z.infer<typeof ReasonSchema>;

/** What would have to be different for a failed condition to hold. */
export const MissSchema = z.strictObject({
  condition: z.enum(CONDITION_CODES),
  field: z.enum(PERSON_FIELDS).optional(),
  reason: ReasonSchema.meta({ description: "The rule's requirement, as the reason that failed carries it." }),
  days: whole.optional().meta({ description: "Days from the person's date to the nearest date that would qualify, where it is a date." }),
  nearest: IsoDateString.optional().meta({ description: "The nearest qualifying date, where the condition is about a date." }),
});
export type Miss = z.infer<typeof MissSchema>;

export const ComputedDeadlineSchema = z.strictObject({
  what: z.enum(PERSON_DEADLINE_KINDS),
  fromField: z.enum(PERSON_FIELDS).meta({ description: "The person's date it counts from." }),
  from: IsoDateString,
  months: whole,
  due: IsoDateString,
});
export type ComputedDeadline = z.infer<typeof ComputedDeadlineSchema>;

export const SourceRefSchema = z.strictObject({ seed: z.enum(SEED_IDS), file: z.string(), legalBasis: z.string() }).meta({ id: "Source" });
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const DeterminationSchema = z.strictObject({
  rule: z.enum(RULE_IDS),
  group: z.enum(RULE_GROUPS),
  measure: z.enum(MEASURES),
  kind: z.enum(KINDS),
  status: z.enum(STATUSES),
  needsTested: z.boolean(),
  minMonths: whole.nullable(),
  maxMonths: whole.nullable(),
  extensionMonths: whole.nullable(),
  grantNok: whole.nullable().meta({ description: "Grant per participant for the municipality, whole NOK, or null." }),
  deadlineMonths: whole.nullable().meta({ description: "Months a deadline runs (decision, registration), where the rule gives one." }),
  deadlines: z.array(ComputedDeadlineSchema),
  reasons: z.array(ReasonSchema),
  nearestMiss: z.array(MissSchema).meta({ description: "For a not-entitled determination: what would have to be different." }),
  missing: z.array(z.enum(PERSON_FIELDS)).meta({ description: "For missing-information: the fields that would decide it." }),
  notes: z.array(z.enum(NOTE_IDS)).meta({ description: "Interpretations the determination rests on (shown with it)." }),
  warnings: z.array(z.enum(NOTE_IDS)).meta({ description: "Notes to show prominently on this assessment date (an ended rule, a passed announced end date)." }),
  sources: z.array(SourceRefSchema),
  validity: ValiditySchema,
  historical: z.boolean().meta({ description: "True when the rule's last relevant date is before the assessment date." }),
});
export type Determination = z.infer<typeof DeterminationSchema>;
