import { describe, expect, it } from "vitest";
import { evaluate, PERSON_RULES, RULES_VERSION, STATUSES, type Determination } from "../../../functions/core/rules";
import { edgeDays } from "./cases";
import fixtureText from "./determinations.jsonl?raw";
import { answerText, digest, parseFixture } from "./fixture";

/**
 * The engine's answers are a contract: a change for speed or structure must not change one byte of what
 * any person is told. The fixture was written by generate.ts from the engine before issue 17's
 * optimisation; it holds a seeded sample of people and assessment dates around every edge of the catalog.
 */
const { header, lines } = parseFixture(fixtureText);

describe("golden determinations: the engine answers exactly as the fixture recorded", () => {
  it("reproduces every case's determinations byte for byte", async () => {
    const changed: string[] = [];
    for (const [i, { asOf, person, digest: recorded }] of lines.entries()) {
      if ((await digest(answerText(person, asOf))) !== recorded) changed.push(`case ${i + 1}: ${JSON.stringify({ asOf, person })}`);
    }
    const why =
      header.rulesVersion === RULES_VERSION
        ? "The catalog is unchanged, so the engine now answers differently."
        : `The catalog changed (fixture ${header.rulesVersion}, now ${RULES_VERSION}).`;
    expect(
      changed.slice(0, 5),
      `${changed.length} of ${lines.length} cases answer differently. ${why} If the change is meant, regenerate with ` +
        "`npx tsx test/rules/golden/generate.ts --dump after.jsonl` (and the same on the old commit) and review the diff.",
    ).toEqual([]);
  });

  it("the sample reaches what the contract is about", () => {
    const all: Array<{ asOf: string; legalBasis: string; ds: Determination[] }> = lines.map(({ asOf, person }) => ({
      asOf,
      legalBasis: person.legalBasis,
      ds: evaluate(person, asOf),
    }));
    const ds = all.flatMap((c) => c.ds);
    const count = (f: (d: Determination) => boolean) => ds.filter(f).length;
    // Every legal basis, every rule, every status.
    expect(new Set(all.map((c) => c.legalBasis))).toEqual(new Set(["introduksjonsloven", "integreringsloven", "collective-protection"]));
    expect(new Set(ds.map((d) => d.rule))).toEqual(new Set(PERSON_RULES.map((r) => r.id)));
    expect(new Set(ds.map((d) => d.status))).toEqual(new Set(STATUSES));
    // Collective protection inside chapter 6A and outside it (the fallback to the ordinary rules).
    const collective = all.filter((c) => c.legalBasis === "collective-protection");
    const outside = collective.filter((c) => c.ds.some((d) => d.group === "ordinary"));
    const inside = collective.filter((c) => c.ds.some((d) => d.group === "collective-protection" && d.status !== "not-entitled"));
    expect(outside.length).toBeGreaterThan(100);
    expect(inside.length).toBeGreaterThan(100);
    // Nearest misses with a distance in days, missing fields, computed deadlines, both kinds of warning.
    expect(count((d) => d.nearestMiss.some((m) => m.days !== undefined))).toBeGreaterThan(100);
    expect(count((d) => d.missing.length > 0)).toBeGreaterThan(100);
    expect(count((d) => d.deadlines.length > 0)).toBeGreaterThan(100);
    expect(count((d) => d.warnings.includes("HISTORICAL-RULE"))).toBeGreaterThan(100);
    expect(count((d) => d.warnings.includes("UA-END-DATE-ANNOUNCED"))).toBeGreaterThan(100);
    // Every day before, on and after an edge of the catalog is an assessment date.
    const asOfs = new Set(all.map((c) => c.asOf));
    expect(edgeDays().filter((d) => !asOfs.has(d))).toEqual([]);
  });
});
