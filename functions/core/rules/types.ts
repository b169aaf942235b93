/**
 * Types of the rules catalog. The catalog is data plus pure functions: no I/O, no Node or Worker API,
 * so the Worker, the Astro site, the browser checker and the tests all import the same module.
 */

/** ISO calendar date, `YYYY-MM-DD`, in Europe/Oslo. */
export type IsoDate = string;

export const LANGUAGES = ["nb", "nn", "en", "uk"] as const;
export type Lang = (typeof LANGUAGES)[number];

export const LEGAL_BASES = ["introduksjonsloven", "integreringsloven", "collective-protection"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const END_GOALS = ["work", "education", "upper-secondary", "other"] as const;
export type EndGoal = (typeof END_GOALS)[number];

export const STATUSES = ["entitled", "needs-assessment", "not-entitled", "missing-information"] as const;
export type Status = (typeof STATUSES)[number];

/** What the rule gives the person: a right, a right and a duty, a duty, or information only. */
export const KINDS = ["right", "right-and-duty", "duty", "information", "grant-scheme"] as const;
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

export const RULE_IDS = [
  "IP1-PROG", "IP2-PROG", "IP3-PROG", "Q122-PROG",
  "IP1-NOR", "IP2-NOR", "IP3-NOR", "Q122-NOR",
  "REINF", "CAREER",
  "UA-MAP", "UA-CAREER", "UA-PLAN", "UA-CONTENT", "UA-PARENT",
  "UA-DUR-VGS", "UA-DUR-U25", "UA-DUR-25", "UA-EXT", "UA-NOR",
  "UA-PART", "UA-DECIDE", "UA-NIR", "UA-CONTRACT", "UA-BENEFIT",
  "ORD-MAP", "ORD-CAREER", "ORD-PLAN", "ORD-CONTRACT", "ORD-FULLTIME",
  "ORD-DECIDE", "ORD-NOR", "ORD-NIR",
  "RECEPTION-2021", "DEV-2023", "VACC-MUNI-2022", "VACC-NGO-2022", "SETTLE",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * Interpretation notes. N1–N8 are the notes of the domain brief (numbered as there); the others are
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
] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export const SEED_IDS = ["S0", "S1", "S2", "S3", "S4"] as const;
export type SeedId = (typeof SEED_IDS)[number];

export interface Seed {
  id: SeedId;
  /** File name in `shared/seeds/`. */
  file: string;
  publisher: string;
  /** "Sist oppdatert" or letter date as given in the document. */
  updated: IsoDate;
  /** The document's own (Norwegian) title. */
  title: string;
}

/**
 * A date window. The lower bound is always inclusive. `toInclusive` says whether `to` itself belongs to
 * the window: `[from, to)` when false, `[from, to]` when true (sources that say "til og med" or name the
 * last day of a period). An absent bound is open.
 */
export interface DateWindow {
  from?: IsoDate;
  to?: IsoDate;
  toInclusive: boolean;
}

export interface Citation {
  /** Seed the rule is taken from. */
  seed: SeedId;
  /** Legal basis as far as verified; an act and chapter rather than a guessed section. */
  legalBasis: string;
}

export interface Validity {
  /** First day the rule applies, where the sources give it. */
  from?: IsoDate;
  /** Last day the rule applies (inclusive), where the sources give it. */
  to?: IsoDate;
  /** An end date announced by IMDi but not confirmed by the sources: rules keep being evaluated after it. */
  announcedTo?: IsoDate;
}

/** Figures of a person rule. Money is whole NOK (integers), never floats. */
export interface Figures {
  minMonths?: number;
  maxMonths?: number;
  extensionMonths?: number;
  /** Grant the municipality receives per participant, whole NOK; null when paid otherwise. */
  grantNok?: number | null;
  /** Months from the person's date to a deadline (e.g. decision 3 months after settlement). */
  deadlineMonths?: number;
  /** Age band, inclusive at both ends. */
  minAge?: number;
  maxAge?: number;
}

export interface RuleBase {
  id: RuleId;
  group: RuleGroup;
  measure: Measure;
  kind: Kind;
  needsTested: boolean;
  citations: Citation[];
  validity: Validity;
  notes: NoteId[];
}

/** A rule evaluated for one person. Windows and dates the engine reads are data here, not code. */
export interface PersonRule extends RuleBase {
  appliesTo: LegalBasis[];
  figures: Figures;
  /** Named windows and reference dates the evaluator checks (e.g. `programmeStart`, `participatingOn`). */
  windows: Partial<Record<WindowName, DateWindow>>;
  referenceDates: Partial<Record<ReferenceDateName, IsoDate>>;
}

export type WindowName = "programmeStart" | "programmeEnd" | "trainingEnd" | "permitGranted";
export type ReferenceDateName = "participatingOn" | "participatingFrom";

export interface Deadline {
  what: "apply" | "report" | "annual-report" | "accept-letter" | "quarterly-report" | "short-report";
  /** Fixed date, where the source gives one. */
  date?: IsoDate;
  /** "Within about N weeks after IMDi's grant letter" (S2). */
  weeksAfterGrantLetter?: number;
  /** A month (1–12) of the year after the grant year ("January the following year"). */
  monthOfFollowingYear?: number;
  recurring?: "quarterly" | "yearly";
}

/** A grant scheme: data for the site, the calculators and the intake. */
export interface GrantRule extends RuleBase {
  kind: "grant-scheme";
  group: "grant";
  /** Rates and amounts in whole NOK. */
  amounts: GrantAmount[];
  /** Conditions as a checklist (ids; wording per language in texts). */
  conditions: string[];
  deadlines: Deadline[];
  allocations?: Allocation[];
}

export interface GrantAmount {
  id: string;
  nok: number;
  unit: "per-place-per-month" | "frame" | "total" | "per-organisation" | "earmarked";
  year?: number;
}

export interface Allocation {
  /** Municipality number as written in the source (pre-2024 numbers in S3), or an organisation key. */
  recipient: string;
  nok: number;
}

export type Rule = PersonRule | GrantRule;

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
