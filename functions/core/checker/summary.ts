import type { ComputedDeadline, Determination, Reason } from "../rules/engine/determination";
import type { IsoDate, Measure, NoteId, PersonField, Status } from "../rules/vocabulary";

/**
 * The checker's answer, outcome-centric (GOV.UK smart-answers): which section of the short summary each
 * determination belongs to, each section's condition written once and flat below. Language-neutral and
 * pure: the Worker's page (no JavaScript) and the browser word the same summary (`resultView.ts`).
 */

/** The details are grouped by what they are about; every measure has its group. */
export type DetailGroup = "programme" | "norwegian" | "plan" | "money";
export const DETAIL_GROUPS: readonly DetailGroup[] = ["programme", "norwegian", "plan", "money"];
export const DETAIL_GROUP: Record<Measure, DetailGroup> = {
  "extended-programme": "programme",
  "reinforced-programme": "programme",
  "programme-content": "programme",
  "programme-duration": "programme",
  "programme-extension": "programme",
  "programme-form": "programme",
  "part-time": "programme",
  "parent-guidance": "programme",
  "extended-norwegian": "norwegian",
  "norwegian-training": "norwegian",
  "competence-mapping": "plan",
  "career-guidance": "plan",
  "integration-plan": "plan",
  "integration-contract": "plan",
  "decision-deadline": "plan",
  register: "plan",
  "introduction-benefit": "money",
  grant: "money",
};

/** Duties of the municipality rather than of the person (the catalog's `duty` covers both). */
const MUNICIPALITY_DUTIES: ReadonlySet<Measure> = new Set<Measure>(["register"]);
/** Rights that are a deadline for the municipality: said once, under what the municipality must do. */
const DEADLINE_RIGHTS: ReadonlySet<Measure> = new Set<Measure>(["decision-deadline"]);

export interface DeadlineItem {
  determination: Determination;
  deadline: ComputedDeadline;
  /** The date is before the assessment date. */
  passed: boolean;
}

/** Rules that cannot be decided yet, grouped by the answers that would decide them. */
export interface Undecided {
  fields: PersonField[];
  determinations: Determination[];
}

export interface Summary {
  /** Warnings of today's rules, each once (e.g. chapter 6A's announced end date), never repeated per rule. */
  warnings: NoteId[];
  /** Why chapter 6A does not apply to a person with collective protection (the ordinary rules do), said once. */
  chapter6A?: Reason;
  rights: Determination[];
  assessed: Determination[];
  deadlines: DeadlineItem[];
  municipalityDuties: Determination[];
  yourDuties: Determination[];
  goodToKnow: Determination[];
  notYours: Determination[];
  undecided: Undecided[];
  /** Today's rules, per detail group, in catalog order. */
  details: { group: DetailGroup; determinations: Determination[] }[];
  /** Chapter 6A's rules for a person it does not apply to: collapsed apart, explained once by `chapter6A`. */
  notApplicable: Determination[];
  /** Rules whose period has ended. */
  earlier: Determination[];
}

const current = (d: Determination) => !d.historical;
const isRight = (d: Determination) => d.kind === "right" || d.kind === "right-and-duty";
const is = (d: Determination, status: Status) => current(d) && d.status === status;

export function summarize(determinations: readonly Determination[], asOf: IsoDate): Summary {
  const chapter6A = chapter6AReason(determinations);
  const outside6A = (d: Determination) => chapter6A !== undefined && d.group === "collective-protection";
  const today = determinations.filter((d) => current(d) && !outside6A(d));
  // Each section's condition, once and flat.
  const rights = today.filter((d) => d.status === "entitled" && !DEADLINE_RIGHTS.has(d.measure));
  const assessed = today.filter((d) => d.status === "needs-assessment");
  const municipalityDuties = today.filter((d) => d.status === "applies" && d.kind === "duty" && MUNICIPALITY_DUTIES.has(d.measure));
  const yourDuties = today.filter((d) => d.status === "applies" && d.kind === "duty" && !MUNICIPALITY_DUTIES.has(d.measure));
  const goodToKnow = today.filter((d) => d.status === "applies" && d.kind === "information");
  const notYours = today.filter((d) => d.status === "not-entitled" && isRight(d));
  const deadlines = today
    .filter((d) => d.status === "entitled" || d.status === "needs-assessment")
    .flatMap((d) => d.deadlines.map((deadline) => ({ determination: d, deadline, passed: deadline.due < asOf })));
  return {
    warnings: unique(today.flatMap((d) => d.warnings)),
    ...(chapter6A && { chapter6A }),
    rights,
    assessed,
    deadlines,
    municipalityDuties,
    yourDuties,
    goodToKnow,
    notYours,
    undecided: undecidedByFields(today.filter((d) => is(d, "missing-information"))),
    details: DETAIL_GROUPS.map((group) => ({ group, determinations: today.filter((d) => DETAIL_GROUP[d.measure] === group) })).filter(
      (g) => g.determinations.length > 0,
    ),
    notApplicable: determinations.filter((d) => current(d) && outside6A(d)),
    earlier: determinations.filter((d) => !current(d)),
  };
}

/** The engine puts chapter 6A's fallback reason on each ordinary rule it evaluates in its place. */
function chapter6AReason(determinations: readonly Determination[]): Reason | undefined {
  for (const d of determinations) {
    const r = d.reasons.find((x) => x.condition === "chapter-6a-not-applicable");
    if (r) return r;
  }
  return undefined;
}

function undecidedByFields(determinations: Determination[]): Undecided[] {
  const out: Undecided[] = [];
  for (const d of determinations) {
    const same = out.find((u) => u.fields.join() === d.missing.join());
    if (same) same.determinations.push(d);
    else out.push({ fields: d.missing, determinations: [d] });
  }
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Notes already said once at the top (warnings, chapter 6A's fallback): not repeated on each rule. */
export function sharedNotes(summary: Summary): ReadonlySet<NoteId> {
  const shared = new Set<NoteId>(summary.warnings);
  if (summary.chapter6A) shared.add("CHAPTER-6A-NOT-APPLICABLE");
  return shared;
}
