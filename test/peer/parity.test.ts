import { describe, expect, it } from "vitest";
import { differences, samplePeople } from "./parity";

describe("a peer engine (Publicodes) agrees with Rettsjekk", () => {
  it("gives the same status and months for 10,000 generated people", () => {
    const diffs = differences(samplePeople(10_000));
    expect(diffs.slice(0, 3)).toEqual([]);
    expect(diffs).toHaveLength(0);
  }, 300_000);
});
