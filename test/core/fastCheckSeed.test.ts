import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";

describe("random tests cannot fail by chance", () => {
  it("every fast-check property runs on the run's printed seed unless it names its own", () => {
    expect(inject("fcSeed")).toEqual(expect.any(Number));
    expect(fc.readConfigureGlobal().seed).toBe(inject("fcSeed"));
    // The same seed gives the same cases, run after run.
    expect(fc.sample(fc.integer(), 5)).toEqual(fc.sample(fc.integer(), 5));
  });
});
