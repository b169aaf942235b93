import type {
  DateWindow, EndGoal, IsoDate, Kind, Measure, NoteId, PersonField, RuleGroup, RuleId, SeedId, Status, Validity,
} from "../types";

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
] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

/**
 * One condition of a determination: whether it held (`null` = the input does not say), the person's
 * actual value and the rule's bound. Language-neutral; `texts/` renders it.
 */
export interface Reason {
  condition: ConditionCode;
  held: boolean | null;
  /** The person field the condition reads, if any. */
  field?: PersonField;
  /** The person's value (date, number, boolean or end goal); absent when not given. */
  actual?: IsoDate | number | boolean | EndGoal;
  /** Date window the value must fall in. */
  window?: DateWindow;
  /** Reference date (participating on, in force from). */
  date?: IsoDate;
  /** Programme period, for participation conditions. */
  period?: { start?: IsoDate; end?: IsoDate };
  /** Numeric bounds (ages, inclusive). */
  min?: number;
  max?: number;
  /** Expected boolean or end goals. */
  expected?: boolean | EndGoal[];
}

/** What would have to be different for a failed condition to hold. */
export interface Miss {
  condition: ConditionCode;
  field?: PersonField;
  /** The rule's requirement, as the Reason that failed carries it. */
  reason: Reason;
  /** Distance in days from the person's date to the nearest date that would qualify, where it is a date. */
  days?: number;
  /** The nearest qualifying date, where the condition is about a date. */
  nearest?: IsoDate;
}

export interface ComputedDeadline {
  what: "decision" | "norwegian-start";
  /** The person's date it counts from. */
  fromField: PersonField;
  from: IsoDate;
  months: number;
  due: IsoDate;
}

export interface SourceRef {
  seed: SeedId;
  file: string;
  legalBasis: string;
}

export interface Determination {
  rule: RuleId;
  group: RuleGroup;
  measure: Measure;
  kind: Kind;
  status: Status;
  needsTested: boolean;
  minMonths: number | null;
  maxMonths: number | null;
  extensionMonths: number | null;
  /** Grant per participant for the municipality, whole NOK, or null. */
  grantNok: number | null;
  /** Months a deadline runs (decision, registration), where the rule gives one. */
  deadlineMonths: number | null;
  deadlines: ComputedDeadline[];
  reasons: Reason[];
  /** For a not-entitled determination: what would have to be different. */
  nearestMiss: Miss[];
  /** For missing-information: the fields that would decide it. */
  missing: PersonField[];
  /** Interpretations the determination rests on (shown with it). */
  notes: NoteId[];
  /** Notes to show prominently on this assessment date (an ended rule, a passed announced end date). */
  warnings: NoteId[];
  sources: SourceRef[];
  validity: Validity;
  /** True when the rule's last relevant date is before the assessment date. */
  historical: boolean;
}
