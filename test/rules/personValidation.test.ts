import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPerson, nest, type PersonValues } from "../../functions/core/rules/buildPerson";
import { END_GOALS, LEGAL_BASES, PERSON_FIELDS, type PersonField } from "../../functions/core/rules";
import { factsAfter, fieldErrors, PersonSchema } from "../../functions/core/rules/schema";

/**
 * The browser's validation and the Worker's agree (issue 17): `buildPerson` (no zod; the checker in the
 * browser and in the Worker, the participant list) and the person schema (zod; the API) give the same
 * person, or the same errors in the same order, for the same flat answers.
 */
const ASSESSED = "2026-11-22";

/** The API's way: the zod person schema, its field errors, then facts after the assessment date. */
function viaSchema(values: PersonValues) {
  const candidate = nest(values);
  const parsed = PersonSchema.safeParse(candidate);
  if (!parsed.success) return { errors: fieldErrors(parsed.error, candidate) };
  const after = factsAfter(parsed.data, ASSESSED);
  return after.length > 0 ? { errors: after } : { person: parsed.data, errors: [] };
}

const agree = (values: PersonValues) => expect(buildPerson(values, ASSESSED)).toEqual(viaSchema(values));

/** Dates as people and files get them wrong: good ones, impossible days, odd shapes, years out of range. */
const dateLike = fc.oneof(
  fc.constantFrom("2019-08-15", "2026-11-22", "2026-11-23", "2021-02-29", "2020-02-29", "2021-02-30", "2021-13-01", "2021-00-10"),
  fc.constantFrom("1899-12-31", "1900-01-01", "2100-12-31", "2101-01-01", "0019-08-15", "15.08.2019", "2019-8-15", "", " ", "x"),
  fc.date({ min: new Date("1890-01-01T00:00:00Z"), max: new Date("2110-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);
const anyValue = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.double(), fc.boolean());
const ageLike = fc.oneof(
  fc.integer({ min: -5, max: 140 }),
  fc.constantFrom(0, 130, 131, -1, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 60), 1e21),
  anyValue,
);
/** Mostly a value of the right kind (so whole persons get through), sometimes anything at all. */
const mostly = <T,>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<string | number | boolean>) =>
  fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: wrong, weight: 1 });
const goodDate = fc.date({ min: new Date("2017-01-01T00:00:00Z"), max: new Date("2026-11-22T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const someDate = mostly(goodDate, fc.oneof(dateLike, anyValue));
const KIND_VALUES: Record<PersonField, fc.Arbitrary<string | number | boolean>> = {
  "programme.start": someDate,
  "programme.end": someDate,
  "norwegianTraining.rightAndDuty": mostly(fc.boolean(), anyValue),
  "norwegianTraining.end": someDate,
  age: mostly(fc.integer({ min: 0, max: 130 }), ageLike),
  upperSecondary: mostly(fc.boolean(), anyValue),
  endGoal: mostly(fc.constantFrom(...END_GOALS), anyValue),
  childrenUnder18: mostly(fc.boolean(), anyValue),
  settled: someDate,
  permitGranted: someDate,
};
const flatAnswers: fc.Arbitrary<PersonValues> = fc.record(
  {
    legalBasis: mostly(fc.constantFrom(...LEGAL_BASES), anyValue),
    ...KIND_VALUES,
  },
  { requiredKeys: [] },
  // A legal basis of the wrong type on purpose: both must refuse it alike.
) as fc.Arbitrary<PersonValues>;

describe("the browser's person builder and the API's person schema agree", () => {
  it.each<[string, PersonValues]>([
    ["a valid person", { legalBasis: "introduksjonsloven", "programme.start": "2019-08-15", "norwegianTraining.rightAndDuty": true, age: 40 }],
    ["no legal basis", { age: 40 }],
    ["an unknown legal basis and a negative age", { legalBasis: "asyl", age: -1 }],
    ["a fraction of a year", { legalBasis: "integreringsloven", age: 1.5 }],
    ["a whole number beyond the safe range", { legalBasis: "integreringsloven", age: 2 ** 53 }],
    ["the oldest age, and one over", { legalBasis: "integreringsloven", age: 131 }],
    ["a malformed start before the end", { legalBasis: "introduksjonsloven", "programme.start": "2021-02-3x", "programme.end": "2021-01-01" }],
    ["a start of the wrong type skips the end check", { legalBasis: "introduksjonsloven", "programme.start": 5, "programme.end": "2021-01-01" }],
    ["years out of range on both ends", { legalBasis: "introduksjonsloven", "programme.start": "0019-02-20", "programme.end": "0018-01-01" }],
    ["an end before the start", { legalBasis: "introduksjonsloven", "programme.start": "2021-02-20", "programme.end": "2021-01-01" }],
    ["facts after the assessment date", { legalBasis: "collective-protection", settled: "2030-01-01", permitGranted: "2026-11-23" }],
    ["a fact on the assessment date", { legalBasis: "collective-protection", permitGranted: ASSESSED }],
    ["a boolean as text", { legalBasis: "introduksjonsloven", "norwegianTraining.rightAndDuty": "true" as never }],
    ["an unknown end goal", { legalBasis: "collective-protection", endGoal: "nope" }],
  ])("%s", (_, values) => agree(values));

  it("for generated answers of every kind, valid and not (fixed seed)", () => {
    fc.assert(fc.property(flatAnswers, (values) => {
      agree(values);
    }), { numRuns: 3000 });
  });

  it("the generated answers reach both outcomes and every field's errors", () => {
    const sample = fc.sample(flatAnswers, 3000);
    const built = sample.map((v) => buildPerson(v, ASSESSED));
    expect(built.some((b) => b.person)).toBe(true);
    const codes = new Set(built.flatMap((b) => b.errors.map((e) => `${e.field}:${e.code}`)));
    for (const field of PERSON_FIELDS) expect([...codes].some((c) => c.startsWith(`${field}:`))).toBe(true);
    for (const code of ["invalid-date", "impossible-date", "date-out-of-range", "end-before-start", "too-small", "too-large", "after-assessment-date"]) {
      expect([...codes].some((c) => c.endsWith(`:${code}`))).toBe(true);
    }
  });
});
