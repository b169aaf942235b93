import { SEEDS } from "../sources";
import { lastRelevantDate } from "../catalog/validity";
import { dayNumber } from "../dates";
import type { NoteId, PersonRule, Status } from "../types";
import { dayDate, type Case, type DayDate } from "./case";
import { Checks } from "./conditions";
import type { ComputedDeadline, Determination, SourceRef } from "./determination";

/** Evaluates one rule for one person on one assessment date. Pure. */
export type Evaluator = (c: Case) => Determination;

/**
 * Builds a rule's evaluator once, when the engine is built: the windows, dates and figures it compares
 * with are looked up (and a missing one fails) then, not for every person.
 */
export type EvaluatorOf = (rule: PreparedRule) => Evaluator;

/** Figures that depend on the person (e.g. months by end goal); the rule's own where absent. */
export type PersonFigures = Partial<Pick<Determination, "minMonths" | "maxMonths" | "extensionMonths">>;

/**
 * The note every determination of a person with collective protection outside chapter 6A carries (its
 * chapter 6A rules and the ordinary rules that apply instead).
 */
const FALLBACK_NOTE: NoteId = "CHAPTER-6A-NOT-APPLICABLE";

/**
 * A person rule with everything that does not depend on the person, computed once per catalog (the
 * engine is on the batch hot path). The note lists are shared by every determination that carries them,
 * as the catalog's own lists always were; nothing downstream changes a determination.
 */
export interface PreparedRule {
  rule: PersonRule;
  /**
   * The rule's own fields every determination reports, copied: the catalog's rules come in several shapes
   * (optional parts present or not), and reading one field of objects of several shapes is slower than
   * reading it of one.
   */
  id: PersonRule["id"];
  group: PersonRule["group"];
  measure: PersonRule["measure"];
  kind: PersonRule["kind"];
  needsTested: boolean;
  validity: PersonRule["validity"];
  /** The status when every condition holds (the status contract). */
  holds: Status;
  sources: SourceRef[];
  inForceFrom: DayDate | undefined;
  /** After this day the rule is historical (Infinity: it has no end). */
  lastRelevantDay: number;
  /** From this day IMDi's announced end has passed (Infinity: none announced). */
  announcedToDay: number;
  /** Notes by [historical][outside chapter 6A]. */
  notes: [[NoteId[], NoteId[]], [NoteId[], NoteId[]]];
  /** The rule's own figures, absent ones as null (as every determination reports them). */
  minMonths: number | null;
  maxMonths: number | null;
  extensionMonths: number | null;
  grantNok: number | null;
  deadlineMonths: number | null;
}

export function prepareRule(rule: PersonRule): PreparedRule {
  const lastRelevant = lastRelevantDate(rule);
  const historicalNotes: NoteId[] = [...rule.notes, "HISTORICAL-RULE"];
  const f = rule.figures;
  return {
    rule,
    id: rule.id,
    group: rule.group,
    measure: rule.measure,
    kind: rule.kind,
    needsTested: rule.needsTested,
    validity: rule.validity,
    holds: HOLDS[rule.kind](rule.needsTested),
    sources: rule.citations.map((c) => ({ seed: c.seed, file: SEEDS[c.seed].file, legalBasis: c.legalBasis })),
    inForceFrom: rule.validity.from === undefined ? undefined : dayDate(rule.validity.from),
    lastRelevantDay: lastRelevant === undefined ? Infinity : dayNumber(lastRelevant),
    announcedToDay: rule.validity.announcedTo === undefined ? Infinity : dayNumber(rule.validity.announcedTo),
    notes: [
      [rule.notes, [...rule.notes, FALLBACK_NOTE]],
      [historicalNotes, [...historicalNotes, FALLBACK_NOTE]],
    ],
    minMonths: f.minMonths ?? null,
    maxMonths: f.maxMonths ?? null,
    extensionMonths: f.extensionMonths ?? null,
    grantNok: f.grantNok ?? null,
    deadlineMonths: f.deadlineMonths ?? null,
  };
}

/**
 * Starts a determination's conditions with the ones every rule of its kind opens with: chapter 6A's
 * fallback first (an ordinary rule says why it applies to a person with collective protection), then
 * whether the rule was in force, where the sources give its first day.
 */
export function checks(p: PreparedRule, c: Case): Checks {
  const k = new Checks();
  if (p.group === "ordinary" && c.outsideChapter6A !== undefined) k.outsideChapter6A(c, c.outsideChapter6A);
  if (p.inForceFrom !== undefined) k.inForce(p.inForceFrom, c);
  return k;
}

/**
 * Turns a rule and its checked conditions into a determination. Any failed condition decides
 * `not-entitled`; otherwise any unknown one gives `missing-information`; otherwise the rule holds: a
 * duty or an information rule `applies` (nothing is claimed), a needs-tested right is left to the
 * municipality (`needs-assessment`), and any other right is `entitled`.
 */
export function decide(p: PreparedRule, c: Case, k: Checks, figures?: PersonFigures, deadlines?: ComputedDeadline[]): Determination {
  const failed = k.nearestMiss !== undefined;
  const status: Status = failed ? "not-entitled" : k.unknown ? "missing-information" : p.holds;
  const historical = c.asOf.day > p.lastRelevantDay;
  return {
    rule: p.id,
    group: p.group,
    measure: p.measure,
    kind: p.kind,
    status,
    needsTested: p.needsTested,
    minMonths: figures?.minMonths !== undefined ? figures.minMonths : p.minMonths,
    maxMonths: figures?.maxMonths !== undefined ? figures.maxMonths : p.maxMonths,
    extensionMonths: figures?.extensionMonths !== undefined ? figures.extensionMonths : p.extensionMonths,
    grantNok: p.grantNok,
    deadlineMonths: p.deadlineMonths,
    deadlines: failed || deadlines === undefined ? NONE : deadlines,
    reasons: k.reasons,
    nearestMiss: k.nearestMiss ?? NONE,
    // A failed condition decides the rule: then the open fields are not what would change it.
    missing: failed || k.missing === undefined ? NONE : k.missing,
    notes: p.notes[historical ? 1 : 0][c.outsideChapter6A === undefined ? 0 : 1],
    warnings: historical ? HISTORICAL_WARNING : c.asOf.day >= p.announcedToDay ? ANNOUNCED_END_WARNING : NO_WARNINGS,
    sources: p.sources,
    validity: p.validity,
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

/**
 * The empty list every determination without deadlines, misses, missing fields or warnings shares (most
 * have several), instead of a new one each. Frozen: nothing changes a determination, and if something
 * ever tried, it would fail here rather than change every answer that shares it.
 */
const NONE = Object.freeze([]) as never[];
const NO_WARNINGS: NoteId[] = NONE;
const HISTORICAL_WARNING: NoteId[] = ["HISTORICAL-RULE"];
const ANNOUNCED_END_WARNING: NoteId[] = ["UA-END-DATE-ANNOUNCED"];

