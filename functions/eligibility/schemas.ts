import { z } from "zod";
import {
  CONDITION_CODES, KINDS, LANGUAGES, MEASURES, NOTE_IDS, PERSON_FIELDS, RULE_IDS, RULE_GROUPS, SEED_IDS, STATUSES,
} from "../core/rules";

/**
 * Response schemas of the eligibility and rules API, for the OpenAPI document. The request schemas are
 * the rules module's own (`PersonSchema`, `EligibilityRequestSchema`).
 */

const IsoDate = z.string().meta({ format: "date" });
const Text = z.object({ id: z.enum(NOTE_IDS), text: z.string() });

const WindowSchema = z
  .object({ from: IsoDate.optional(), to: IsoDate.optional(), toInclusive: z.boolean() })
  .meta({ id: "DateWindow", description: "Lower bound inclusive; `to` inclusive only when toInclusive." });

export const ReasonSchema = z
  .object({
    condition: z.enum(CONDITION_CODES),
    held: z.boolean().nullable().meta({ description: "null when the input does not say" }),
    field: z.enum(PERSON_FIELDS).optional(),
    actual: z.union([z.string(), z.number(), z.boolean()]).optional(),
    window: WindowSchema.optional(),
    bound: z.string().optional().meta({ description: "The rule's bound in interval notation, e.g. [2019-07-01, 2020-01-01)" }),
    date: IsoDate.optional(),
    period: z.object({ start: IsoDate.optional(), end: IsoDate.optional() }).optional(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    expected: z.union([z.boolean(), z.array(z.string())]).optional(),
    text: z.string(),
  })
  .meta({ id: "Reason" });

const MissSchema = z
  .object({
    condition: z.enum(CONDITION_CODES),
    field: z.enum(PERSON_FIELDS).optional(),
    nearest: IsoDate.optional(),
    days: z.number().int().optional(),
    text: z.string(),
  })
  .meta({ id: "NearestMiss" });

const SourceSchema = z
  .object({ seed: z.enum(SEED_IDS), file: z.string(), legalBasis: z.string() })
  .meta({ id: "Source" });

const ValiditySchema = z
  .object({ from: IsoDate.optional(), to: IsoDate.optional(), announcedTo: IsoDate.optional() })
  .meta({ id: "Validity" });

export const DeterminationSchema = z
  .object({
    rule: z.enum(RULE_IDS),
    group: z.enum(RULE_GROUPS),
    measure: z.enum(MEASURES),
    kind: z.enum(KINDS),
    status: z.enum(STATUSES),
    statusText: z.string(),
    title: z.string(),
    summary: z.string(),
    needsTested: z.boolean(),
    minMonths: z.number().int().nullable(),
    maxMonths: z.number().int().nullable(),
    extensionMonths: z.number().int().nullable(),
    grantNok: z.number().int().nullable(),
    deadlineMonths: z.number().int().nullable(),
    deadlines: z.array(
      z.object({
        what: z.enum(["decision", "norwegian-start"]),
        fromField: z.enum(PERSON_FIELDS),
        from: IsoDate,
        months: z.number().int(),
        due: IsoDate,
        text: z.string(),
      }),
    ),
    reasons: z.array(ReasonSchema),
    nearestMiss: z.array(MissSchema),
    missing: z.array(z.enum(PERSON_FIELDS)),
    notes: z.array(Text),
    warnings: z.array(Text),
    sources: z.array(SourceSchema),
    validity: ValiditySchema,
    historical: z.boolean(),
  })
  .meta({ id: "Determination" });

export const EligibilityAnswerSchema = z
  .object({
    asOf: IsoDate,
    rulesVersion: z.string(),
    lang: z.enum(LANGUAGES),
    determinations: z.array(DeterminationSchema),
  })
  .meta({ id: "EligibilityAnswer" });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), code: z.string(), message: z.string() }))
      .optional()
      .meta({ description: "Field-level messages, in Norwegian or English by Accept-Language." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });
