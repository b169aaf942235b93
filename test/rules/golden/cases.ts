import fc from "fast-check";
import {
  addDays, END_GOALS, lastRelevantDate, PERSON_RULES, type IsoDate, type Person,
} from "../../../functions/core/rules";
import { isoDate, person } from "../arbitraries";

/**
 * The people and assessment dates of the golden determinations (generate.ts writes them with the engine's
 * answers; golden.test.ts holds the engine to them byte for byte). Every edge is read from the catalog, so
 * a new rule's windows are in the next fixture without anyone listing them here.
 */
export interface GoldenCase {
  asOf: IsoDate;
  person: Person;
}

/** The sample's seed: a fixed one, so regenerating with an unchanged catalog gives the same people. */
export const GOLDEN_SEED = 20261123;

/** Every date the catalog compares with: validity, window bounds (and last days), reference dates, last relevant days. */
function catalogEdges(): IsoDate[] {
  const edges = new Set<IsoDate>();
  const add = (d: IsoDate | undefined) => d !== undefined && edges.add(d);
  for (const rule of PERSON_RULES) {
    add(rule.validity.from);
    add(rule.validity.to);
    add(rule.validity.announcedTo);
    for (const w of Object.values(rule.windows)) {
      add(w?.from);
      add(w?.to);
    }
    for (const d of Object.values(rule.referenceDates)) add(d);
    add(lastRelevantDate(rule));
  }
  return [...edges].sort();
}

/** The day before, on and after every edge. */
export function edgeDays(): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const e of catalogEdges()) for (const d of [addDays(e, -1), e, addDays(e, 1)]) days.add(d);
  return [...days].sort();
}

/** Facts (permit, settlement) cannot lie after the assessment date the API accepts; keep the fixture to real answers. */
const AFTER_EVERYTHING: IsoDate = "2030-01-01";
const TODAY: IsoDate = "2026-11-22";

/** A person's dates on one edge day, one person per legal basis and shape. */
function peopleOnDay(d: IsoDate): Person[] {
  const later = addDays(d, 400);
  return [
    // Programme starting on the day and still running; training ended on the day with the right and duty.
    { legalBasis: "introduksjonsloven", programme: { start: d }, norwegianTraining: { rightAndDuty: true, end: d } },
    // Programme ending on the day (start unknown); training end known, right and duty not.
    { legalBasis: "introduksjonsloven", programme: { end: d }, norwegianTraining: { end: d }, endGoal: "upper-secondary" },
    // A programme of 400 days from the day; training without the right and duty.
    { legalBasis: "introduksjonsloven", programme: { start: d, end: later }, norwegianTraining: { rightAndDuty: false, end: later } },
    { legalBasis: "integreringsloven", programme: { start: "2018-06-01", end: d }, settled: d },
    { legalBasis: "integreringsloven", programme: { end: d } },
    // Collective protection with the permit on the day: inside or outside chapter 6A by the permit window.
    { legalBasis: "collective-protection", permitGranted: d, settled: d, age: 30, upperSecondary: false, endGoal: "work" },
    { legalBasis: "collective-protection", permitGranted: d, age: 20, upperSecondary: true, childrenUnder18: true },
  ];
}

/** People whose answer turns on the assessment date, for every legal basis, inside and outside chapter 6A. */
const ON_ANY_DAY: Person[] = [
  { legalBasis: "introduksjonsloven" },
  { legalBasis: "introduksjonsloven", programme: { start: "2019-08-15", end: "2021-12-31" }, norwegianTraining: { rightAndDuty: true, end: "2021-10-01" } },
  { legalBasis: "introduksjonsloven", programme: { start: "2018-05-01" }, norwegianTraining: { rightAndDuty: true, end: "2022-02-01" }, endGoal: "upper-secondary" },
  { legalBasis: "integreringsloven" },
  { legalBasis: "integreringsloven", programme: { start: "2021-06-01", end: "2022-02-15" }, settled: "2021-03-31" },
  { legalBasis: "collective-protection" },
  { legalBasis: "collective-protection", permitGranted: "2022-03-10", settled: "2022-01-31", age: 40 },
  { legalBasis: "collective-protection", permitGranted: "2022-03-11", settled: "2022-08-31", age: 24, upperSecondary: false, endGoal: "upper-secondary" },
  { legalBasis: "collective-protection", permitGranted: "2023-05-02", age: 67, upperSecondary: false, childrenUnder18: false },
];

/** Chapter 6A's person conditions: ages on every bound, upper secondary and end goal in every combination. */
function collectiveCombinations(): Person[] {
  const out: Person[] = [];
  for (const age of [undefined, 17, 18, 24, 25, 66, 67])
    for (const upperSecondary of [undefined, true, false])
      for (const endGoal of [undefined, ...END_GOALS]) {
        const p: Person = { legalBasis: "collective-protection", permitGranted: "2022-04-01", settled: "2022-05-31" };
        if (age !== undefined) p.age = age;
        if (upperSecondary !== undefined) p.upperSecondary = upperSecondary;
        if (endGoal !== undefined) p.endGoal = endGoal;
        out.push(p);
      }
  for (const childrenUnder18 of [undefined, true, false]) {
    const p: Person = { legalBasis: "collective-protection", permitGranted: "2024-01-31" };
    if (childrenUnder18 !== undefined) p.childrenUnder18 = childrenUnder18;
    out.push(p);
  }
  return out;
}

const isFactOn = (p: Person, asOf: IsoDate) =>
  (p.permitGranted === undefined || p.permitGranted <= asOf) && (p.settled === undefined || p.settled <= asOf);

export function goldenCases(): GoldenCase[] {
  const days = edgeDays();
  const out: GoldenCase[] = [];
  // A person's dates on every edge, assessed on the day itself, today and after everything ended.
  for (const d of days)
    for (const p of peopleOnDay(d))
      for (const asOf of [d, TODAY, AFTER_EVERYTHING]) if (isFactOn(p, asOf)) out.push({ asOf, person: p });
  // The assessment date on every edge.
  for (const asOf of days) for (const p of ON_ANY_DAY) if (isFactOn(p, asOf)) out.push({ asOf, person: p });
  for (const p of collectiveCombinations()) out.push({ asOf: TODAY, person: p });
  // Seeded random people on random assessment dates and on edge days: what nobody thought to list.
  const asOfs = fc.oneof(fc.constantFrom(...days), isoDate("2017-01-01", "2030-12-31"));
  const sample = fc.sample(fc.tuple(person, asOfs), { numRuns: 1500, seed: GOLDEN_SEED });
  for (const [p, asOf] of sample) if (isFactOn(p, asOf)) out.push({ asOf, person: p });
  return out;
}
