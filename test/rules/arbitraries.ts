import fc from "fast-check";
import { addDays, END_GOALS, LEGAL_BASES, type IsoDate, type Person } from "../../functions/core/rules";

/** Calendar dates from 2017 to 2028: wide enough to cross every window and deadline in the catalog. */
export const isoDate = (min = "2017-01-01", max = "2028-12-31"): fc.Arbitrary<IsoDate> =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) =>
    d.toISOString().slice(0, 10),
  );

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/**
 * Any schema-valid person: every field but the legal basis optional, programme end never before start.
 * `factsUntil` caps the dates that state a fact (permit, settlement), so an eligibility request on that
 * assessment date accepts every person (a later one is refused as not a fact yet).
 */
export const personOn = (factsUntil = "2028-12-31"): fc.Arbitrary<Person> => fc
  .record({
    legalBasis: fc.constantFrom(...LEGAL_BASES),
    start: optional(isoDate()),
    length: optional(fc.integer({ min: 0, max: 1500 })),
    onlyEnd: optional(isoDate()),
    rightAndDuty: optional(fc.boolean()),
    trainingEnd: optional(isoDate()),
    age: optional(fc.integer({ min: 0, max: 120 })),
    upperSecondary: optional(fc.boolean()),
    endGoal: optional(fc.constantFrom(...END_GOALS)),
    childrenUnder18: optional(fc.boolean()),
    settled: optional(isoDate("2017-01-01", factsUntil)),
    permitGranted: optional(isoDate("2021-06-01", factsUntil < "2027-12-31" ? factsUntil : "2027-12-31")),
  })
  .map((r) => {
    const p: Person = { legalBasis: r.legalBasis };
    const end = r.start !== undefined && r.length !== undefined ? addDays(r.start, r.length) : r.start === undefined ? r.onlyEnd : undefined;
    if (r.start !== undefined || end !== undefined) p.programme = { ...(r.start && { start: r.start }), ...(end && { end }) };
    if (r.rightAndDuty !== undefined || r.trainingEnd !== undefined) {
      p.norwegianTraining = {
        ...(r.rightAndDuty !== undefined && { rightAndDuty: r.rightAndDuty }),
        ...(r.trainingEnd && { end: r.trainingEnd }),
      };
    }
    if (r.age !== undefined) p.age = r.age;
    if (r.upperSecondary !== undefined) p.upperSecondary = r.upperSecondary;
    if (r.endGoal !== undefined) p.endGoal = r.endGoal;
    if (r.childrenUnder18 !== undefined) p.childrenUnder18 = r.childrenUnder18;
    if (r.settled !== undefined) p.settled = r.settled;
    if (r.permitGranted !== undefined) p.permitGranted = r.permitGranted;
    return p;
  });

/** Any schema-valid person for the engine (which is total, whatever the assessment date). */
export const person: fc.Arbitrary<Person> = personOn();
