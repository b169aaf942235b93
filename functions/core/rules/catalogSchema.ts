import { z } from "zod";
import {
  AMOUNT_UNITS, GRANT_DEADLINE_KINDS, KINDS, LEGAL_BASES, PERSON_KINDS, MEASURES, NOTE_IDS, REFERENCE_DATE_NAMES, RULE_GROUPS, RULE_IDS, SEED_IDS, WINDOW_NAMES,
} from "./vocabulary";

/**
 * The parts of a catalog rule that also leave the API (GET /api/v1/rules, every determination): zod
 * schemas, so the catalog's types, the strict response check and the OpenAPI document come from one
 * definition. Only the API adapters and the tests import this module at run time; the engine, the texts
 * and the browser take its types only, so zod's schema building stays out of their load.
 */

/** A calendar date as the catalog and the answers write it (requests are checked by `IsoDateSchema`). */
export const IsoDateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: "date" });

export const DateWindowSchema = z
  .strictObject({ from: IsoDateString.optional(), to: IsoDateString.optional(), toInclusive: z.boolean() })
  .meta({
    id: "DateWindow",
    description:
      "The lower bound is always inclusive; `to` belongs to the window only when toInclusive ([from, to] rather than [from, to)). An absent bound is open.",
  });
export type DateWindow = z.infer<typeof DateWindowSchema>;

export const CitationSchema = z.strictObject({
  /** Seed the rule is taken from. */
  seed: z.enum(SEED_IDS),
  /** Legal basis as far as verified; an act and chapter rather than a guessed section. */
  legalBasis: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const ValiditySchema = z
  .strictObject({
    from: IsoDateString.optional().meta({ description: "First day the rule applies, where the sources give it." }),
    to: IsoDateString.optional().meta({ description: "Last day the rule applies (inclusive), where the sources give it." }),
    announcedTo: IsoDateString.optional().meta({
      description: "An end date announced by IMDi but not confirmed by the sources: the rule keeps being evaluated after it.",
    }),
  })
  .meta({ id: "Validity" });
export type Validity = z.infer<typeof ValiditySchema>;

const whole = z.number().int();

/** Figures of a person rule. Money is whole NOK (integers), never floats. */
export const FiguresSchema = z
  .strictObject({
    minMonths: whole.optional(),
    maxMonths: whole.optional(),
    extensionMonths: whole.optional(),
    grantNok: whole.nullable().optional().meta({ description: "Grant the municipality receives per participant, whole NOK; null when paid otherwise." }),
    deadlineMonths: whole.optional().meta({ description: "Months from the person's date to a deadline (e.g. decision 3 months after settlement)." }),
    minAge: whole.optional().meta({ description: "Age band: from this birthday on (inclusive)." }),
    maxAge: whole.optional().meta({ description: "Age band: until this birthday (exclusive), like the date windows: 67 for «mellom 18 og 67 år», 25 for «under 25 år»." }),
    childrenUnderAge: whole.optional().meta({ description: "A duty for participants with children younger than this age." }),
    upperSecondaryGoalMaxMonths: whole.optional().meta({ description: "Maximum months with the end goal completed upper-secondary education." }),
    otherGoalMaxMonths: whole.optional().meta({ description: "Maximum months with another end goal." }),
  })
  .meta({ id: "Figures" });
export type Figures = z.infer<typeof FiguresSchema>;

export const WindowsSchema = z.partialRecord(z.enum(WINDOW_NAMES), DateWindowSchema);
export const ReferenceDatesSchema = z.partialRecord(z.enum(REFERENCE_DATE_NAMES), IsoDateString);

export const DeadlineSchema = z
  .strictObject({
    what: z.enum(GRANT_DEADLINE_KINDS),
    date: IsoDateString.optional().meta({ description: "Fixed date, where the source gives one." }),
    weeksAfterGrantLetter: whole.optional().meta({ description: "Within about N weeks after IMDi's grant letter (S2)." }),
    monthOfFollowingYear: whole.min(1).max(12).optional().meta({ description: "A month of the year after the grant year (January the following year)." }),
    recurring: z.enum(["quarterly", "yearly"]).optional(),
  })
  .meta({ id: "GrantDeadline" });
export type Deadline = z.infer<typeof DeadlineSchema>;

export const GrantAmountSchema = z
  .strictObject({ id: z.string(), nok: whole, unit: z.enum(AMOUNT_UNITS), year: whole.optional() })
  .meta({ id: "GrantAmount", description: "A rate or an amount in whole NOK." });
export type GrantAmount = z.infer<typeof GrantAmountSchema>;

export const AllocationSchema = z
  .strictObject({
    recipient: z.string().meta({ description: "Municipality number as written in the source (pre-2024 numbers in S3), or an organisation key." }),
    nok: whole,
  })
  .meta({ id: "Allocation" });
export type Allocation = z.infer<typeof AllocationSchema>;

const RuleBaseSchema = z.strictObject({
  id: z.enum(RULE_IDS),
  group: z.enum(RULE_GROUPS),
  measure: z.enum(MEASURES),
  kind: z.enum(KINDS),
  needsTested: z.boolean(),
  citations: z.array(CitationSchema),
  validity: ValiditySchema,
  notes: z.array(z.enum(NOTE_IDS)),
});

/** What a person rule adds to the base: the engine reads its windows and dates as data, not code. */
export const PersonRuleDataSchema = z
  .strictObject({
    appliesTo: z.array(z.enum(LEGAL_BASES)),
    figures: FiguresSchema,
    amounts: z.array(GrantAmountSchema).optional().meta({ description: "Amounts that are not per participant (e.g. funds for the counties)." }),
    windows: WindowsSchema.meta({ description: "Named windows the evaluator checks (e.g. programmeStart)." }),
    referenceDates: ReferenceDatesSchema.meta({ description: "Reference dates the evaluator checks (e.g. participatingOn)." }),
  })
  .meta({ id: "PersonRuleData" });

/** Figures a grant scheme's conditions name. */
export const GrantFiguresSchema = z
  .strictObject({ minParticipants: whole.optional().meta({ description: "Least number of participants in a project." }) })
  .meta({ id: "GrantFigures" });
export type GrantFigures = z.infer<typeof GrantFiguresSchema>;

/** What a grant scheme adds: data for the site, the calculators and the intake. */
export const GrantRuleDataSchema = z
  .strictObject({
    amounts: z.array(GrantAmountSchema),
    conditions: z.array(z.string()).meta({ description: "Conditions as a checklist (ids; worded per language)." }),
    deadlines: z.array(DeadlineSchema),
    allocations: z.array(AllocationSchema).optional(),
    figures: GrantFiguresSchema.optional(),
  })
  .meta({ id: "GrantRuleData" });

/** A rule evaluated for one person. */
export const PersonRuleSchema = z.strictObject({ ...RuleBaseSchema.shape, kind: z.enum(PERSON_KINDS), ...PersonRuleDataSchema.shape });
export type PersonRule = z.infer<typeof PersonRuleSchema>;

/** A grant scheme. */
export const GrantRuleSchema = z.strictObject({
  ...RuleBaseSchema.shape,
  kind: z.literal("grant-scheme"),
  group: z.literal("grant"),
  ...GrantRuleDataSchema.shape,
});
export type GrantRule = z.infer<typeof GrantRuleSchema>;

export type Rule = PersonRule | GrantRule;
export type RuleBase = z.infer<typeof RuleBaseSchema>;
