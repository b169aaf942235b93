import { describe, expect, it } from "vitest";
import { differences, ourEvaluate, samplePeople } from "./parity";

describe("a peer engine (Publicodes) agrees with Rettsjekk", () => {
  const people = samplePeople(10_000);

  it("gives the same status and months for 10,000 generated people", () => {
    const diffs = differences(people);
    expect(diffs.slice(0, 3)).toEqual([]);
    expect(diffs).toHaveLength(0);
  }, 300_000);

  it("the sample reaches what the comparison is about: what applies, and chapter 6A's fallback to the ordinary rules", () => {
    const outcomes = people.map((p) => ({ p, ours: ourEvaluate(p) }));
    const applies = outcomes.filter(({ ours }) => Object.values(ours).some((o) => o.status === "applies")).length;
    const fallback = outcomes.filter(({ p, ours }) => p.legalBasis === "collective-protection" && ours["ORD-MAP"] !== undefined).length;
    expect(applies).toBeGreaterThan(100);
    expect(fallback).toBeGreaterThan(100);
  });
});
