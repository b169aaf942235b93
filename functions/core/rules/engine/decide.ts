import { SEEDS } from "../sources";
import { lastRelevantDate } from "../catalog/validity";
import type { Person } from "../schema";
import type { IsoDate, NoteId, PersonField, PersonRule, Status } from "../types";
import { inForce, missFor } from "./conditions";
import type { ComputedDeadline, Determination, Reason, SourceRef } from "./determination";

/** Evaluates one rule for one person on one assessment date. Pure. */
export type Evaluator = (rule: PersonRule, person: Person, asOf: IsoDate) => Determination;

export interface Outcome {
  reasons: Reason[];
  /** Figures that depend on the person (e.g. months by end goal); default to the rule's own. */
  figures?: Partial<Pick<Determination, "minMonths" | "maxMonths" | "extensionMonths">>;
  deadlines?: ComputedDeadline[];
  /** Interpretations this person's case rests on beyond the rule's own (e.g. chapter 6A's fallback). */
  notes?: NoteId[];
}

/**
 * Turns a rule and its checked conditions into a determination. Any failed condition decides
 * `not-entitled`; otherwise any unknown one gives `missing-information`; otherwise the rule holds: a
 * duty or an information rule `applies` (nothing is claimed), a needs-tested right is left to the
 * municipality (`needs-assessment`), and any other right is `entitled`.
 */
export function decide(rule: PersonRule, asOf: IsoDate, outcome: Outcome): Determination {
  const fixed = fixedParts(rule);
  // Evaluators hand over a fresh array, so the in-force condition is put in front of it in place.
  const reasons = outcome.reasons;
  if (rule.validity.from !== undefined) reasons.unshift(inForce(rule.validity.from, asOf));
  let failed = false;
  let unknown = false;
  for (const r of reasons) {
    if (r.held === false) failed = true;
    else if (r.held === null) unknown = true;
  }
  const status: Status = failed ? "not-entitled" : unknown ? "missing-information" : HOLDS[rule.kind](rule.needsTested);
  const historical = fixed.lastRelevant !== undefined && asOf > fixed.lastRelevant;
  const pastAnnounced = rule.validity.announcedTo !== undefined && asOf >= rule.validity.announcedTo;
  const figures = outcome.figures;
  const f = rule.figures;
  return {
    rule: rule.id,
    group: rule.group,
    measure: rule.measure,
    kind: rule.kind,
    status,
    needsTested: rule.needsTested,
    minMonths: figures?.minMonths !== undefined ? figures.minMonths : (f.minMonths ?? null),
    maxMonths: figures?.maxMonths !== undefined ? figures.maxMonths : (f.maxMonths ?? null),
    extensionMonths: figures?.extensionMonths !== undefined ? figures.extensionMonths : (f.extensionMonths ?? null),
    grantNok: f.grantNok ?? null,
    deadlineMonths: f.deadlineMonths ?? null,
    deadlines: status === "not-entitled" ? [] : (outcome.deadlines ?? []),
    reasons,
    nearestMiss: failed ? reasons.filter((r) => r.held === false).map(missFor) : [],
    missing: unknown && !failed ? missingFields(reasons) : [],
    notes: withExtra(historical ? fixed.historicalNotes : rule.notes, outcome.notes),
    warnings: historical ? HISTORICAL_WARNING : pastAnnounced ? ANNOUNCED_END_WARNING : NO_WARNINGS,
    sources: fixed.sources,
    validity: rule.validity,
    historical,
  };
}

/** The status of a rule whose conditions all hold, by what the rule gives (the status contract). */
const HOLDS: Record<PersonRule["kind"], (needsTested: boolean) => Status> = {
  right: (needsTested) => (needsTested ? "needs-assessment" : "entitled"),
  "right-and-duty": (needsTested) => (needsTested ? "needs-assessment" : "entitled"),
  duty: () => "applies",
  information: () => "applies",
};

/** The rule's notes are shared catalog arrays: a case's extra notes go into a new one. */
function withExtra(notes: NoteId[], extra: NoteId[] | undefined): NoteId[] {
  return extra && extra.length > 0 ? [...notes, ...extra.filter((n) => !notes.includes(n))] : notes;
}

const NO_WARNINGS: NoteId[] = [];
const HISTORICAL_WARNING: NoteId[] = ["HISTORICAL-RULE"];
const ANNOUNCED_END_WARNING: NoteId[] = ["UA-END-DATE-ANNOUNCED"];

/** What does not depend on the person, computed once per rule (the engine is on the batch hot path). */
interface FixedParts {
  sources: SourceRef[];
  lastRelevant: IsoDate | undefined;
  historicalNotes: NoteId[];
}
const FIXED = new WeakMap<PersonRule, FixedParts>();

function fixedParts(rule: PersonRule): FixedParts {
  let fixed = FIXED.get(rule);
  if (!fixed) {
    fixed = {
      sources: rule.citations.map((c) => ({ seed: c.seed, file: SEEDS[c.seed].file, legalBasis: c.legalBasis })),
      lastRelevant: lastRelevantDate(rule),
      historicalNotes: [...rule.notes, "HISTORICAL-RULE"],
    };
    FIXED.set(rule, fixed);
  }
  return fixed;
}

function missingFields(reasons: Reason[]): PersonField[] {
  const fields: PersonField[] = [];
  for (const r of reasons) if (r.held === null && r.field && !fields.includes(r.field)) fields.push(r.field);
  return fields;
}
