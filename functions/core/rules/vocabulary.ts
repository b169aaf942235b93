/**
 * The catalog's vocabularies: every closed list of names the rules, the engine, the texts and the
 * schemas share, each written once here (the types follow from the lists). No imports, so any module —
 * the browser's included — can read a list without loading anything else.
 */

/** ISO calendar date, `YYYY-MM-DD`, in Europe/Oslo. */
export type IsoDate = string;

/** The languages Rettsjekk speaks: the one list (site locales, routes, negotiation); each has a home in `core/i18n/<lang>/`. */
export const LANGUAGES = ["nb", "nn", "en", "uk"] as const;
export type Lang = (typeof LANGUAGES)[number];

export const LEGAL_BASES = ["introduksjonsloven", "integreringsloven", "collective-protection"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const END_GOALS = ["work", "education", "upper-secondary", "other"] as const;
export type EndGoal = (typeof END_GOALS)[number];

/**
 * What a determination says (the domain brief's status contract): `entitled` and `needs-assessment` are for
 * rights only; `applies` is a duty or an information rule whose conditions hold (nothing is claimed, and it
 * is never counted as an entitlement); `not-entitled` when a condition fails; `missing-information` when the
 * input does not decide it.
 */
export const STATUSES = ["entitled", "needs-assessment", "applies", "not-entitled", "missing-information"] as const;
export type Status = (typeof STATUSES)[number];

/** What the rule gives the person: a right, a right and a duty, a duty, or information only. */
export const PERSON_KINDS = ["right", "right-and-duty", "duty", "information"] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const KINDS = [...PERSON_KINDS, "grant-scheme"] as const;
export type Kind = (typeof KINDS)[number];

export const RULE_GROUPS = ["covid", "collective-protection", "ordinary", "grant"] as const;
export type RuleGroup = (typeof RULE_GROUPS)[number];

export const MEASURES = [
  "extended-programme",
  "extended-norwegian",
  "reinforced-programme",
  "career-guidance",
  "competence-mapping",
  "integration-plan",
  "programme-content",
  "parent-guidance",
  "programme-duration",
  "programme-extension",
  "norwegian-training",
  "part-time",
  "decision-deadline",
  "register",
  "integration-contract",
  "introduction-benefit",
  "programme-form",
  "grant",
] as const;
export type Measure = (typeof MEASURES)[number];

export const COVID_RULE_IDS = [
  "IP1-PROG", "IP2-PROG", "IP3-PROG", "Q122-PROG",
  "IP1-NOR", "IP2-NOR", "IP3-NOR", "Q122-NOR",
  "REINF", "CAREER",
] as const;
export const COLLECTIVE_PROTECTION_RULE_IDS = [
  "UA-MAP", "UA-CAREER", "UA-PLAN", "UA-CONTENT", "UA-PARENT",
  "UA-DUR-VGS", "UA-DUR-U25", "UA-DUR-25", "UA-EXT", "UA-NOR",
  "UA-PART", "UA-DECIDE", "UA-NIR", "UA-CONTRACT", "UA-BENEFIT",
] as const;
export const ORDINARY_RULE_IDS = [
  "ORD-MAP", "ORD-CAREER", "ORD-PLAN", "ORD-CONTRACT", "ORD-FULLTIME",
  "ORD-DECIDE", "ORD-NOR", "ORD-NIR",
] as const;
export const GRANT_RULE_IDS = ["RECEPTION-2021", "DEV-2023", "VACC-MUNI-2022", "VACC-NGO-2022", "SETTLE"] as const;
export const RULE_IDS = [...COVID_RULE_IDS, ...COLLECTIVE_PROTECTION_RULE_IDS, ...ORDINARY_RULE_IDS, ...GRANT_RULE_IDS] as const;
/** Ids per group: each group's evaluators are a full record over its ids, so a missing one does not compile. */
export type CovidRuleId = (typeof COVID_RULE_IDS)[number];
export type CollectiveProtectionRuleId = (typeof COLLECTIVE_PROTECTION_RULE_IDS)[number];
export type OrdinaryRuleId = (typeof ORDINARY_RULE_IDS)[number];
export type PersonRuleId = CovidRuleId | CollectiveProtectionRuleId | OrdinaryRuleId;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * Interpretation notes. N1–N10 are the notes of the domain brief (numbered as there); the others are
 * interpretations this product makes where the sources leave something open. Each is shown to the user.
 */
export const NOTE_IDS = [
  "N1-IP2-IP3-BOUNDARY",
  "N2-NOR-JULY-BOUNDARY",
  "N3-START-2019-01-01",
  "N4-NOR-2020-12-31",
  "N5-PARTICIPATING-ON-REFERENCE-DATE",
  "N6-Q122-BY-END-DATE",
  "N7-PACKAGE-I-LOWER-BOUND",
  "N8-PACKAGE-REPORTING",
  "MONTH-ARITHMETIC",
  "REGISTRATION-FROM-SETTLEMENT",
  "UA-END-DATE-ANNOUNCED",
  "LEGAL-BASIS-SELF-DECLARED",
  "VACC-TOTAL-DISCREPANCY",
  "HISTORICAL-RULE",
  "N9-Q122-EXTENSION-PERIOD",
  "N10-IP1-NOR-NO-RIGHT-AND-DUTY",
  "UA-NOR-AGE-67",
  "CHAPTER-6A-NOT-APPLICABLE",
] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export const SEED_IDS = ["S0", "S1", "S2", "S3", "S4"] as const;
export type SeedId = (typeof SEED_IDS)[number];

/** The conditions the engine checks. Wording for each lives in the language packs (`texts/`). */
export const CONDITION_CODES = [
  "rules-in-force",
  "programme-participant",
  "programme-start-in-window",
  "programme-end-in-window",
  "participating-on",
  "participating-on-or-after",
  "training-end-in-window",
  "right-and-duty",
  "permit-granted-in-window",
  "upper-secondary",
  "age-under",
  "age-at-least",
  "age-between",
  "children-under-18",
  "end-goal",
  "date-known",
  "chapter-6a-not-applicable",
] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

/** Named windows and reference dates a person rule's evaluator checks. */
export const WINDOW_NAMES = ["programmeStart", "programmeEnd", "trainingEnd", "permitGranted"] as const;
export type WindowName = (typeof WINDOW_NAMES)[number];
export const REFERENCE_DATE_NAMES = ["participatingOn", "participatingFrom"] as const;
export type ReferenceDateName = (typeof REFERENCE_DATE_NAMES)[number];

/** Deadline kinds of the grant schemes. */
export const GRANT_DEADLINE_KINDS = ["apply", "report", "annual-report", "accept-letter", "quarterly-report", "short-report"] as const;
/** How a grant amount is counted. */
export const AMOUNT_UNITS = ["per-place-per-month", "frame", "total", "per-organisation", "earmarked"] as const;
/**
 * Report lines that are not a rule's count or places (those are named by their rule): amounts and short
 * texts, each named in words per language (`i18n/<nb|nn>/intake.ts`) and in the admin's exports.
 */
export const AMOUNT_LINE_IDS = ["amount-used", "income", "expenses"] as const;
export type AmountLineId = (typeof AMOUNT_LINE_IDS)[number];
export const TEXT_LINE_IDS = ["use-of-funds", "report"] as const;
export type TextLineId = (typeof TEXT_LINE_IDS)[number];
export const REPORT_TEMPLATE_IDS = ["package-iii-2021", "q1-2022", "vaccination-information-2022", "reception-quarterly", "development-2023-annual"] as const;
export type ReportTemplateId = (typeof REPORT_TEMPLATE_IDS)[number];
/** Deadlines the engine computes for a person. */
export const PERSON_DEADLINE_KINDS = ["decision", "norwegian-start"] as const;

export const PERSON_FIELDS = [
  "programme.start",
  "programme.end",
  "norwegianTraining.rightAndDuty",
  "norwegianTraining.end",
  "age",
  "upperSecondary",
  "endGoal",
  "childrenUnder18",
  "settled",
  "permitGranted",
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
