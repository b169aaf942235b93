import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, PERSON_RULES } from "../../functions/core/rules";
import { summarise } from "../../functions/core/batch/summary";
import { isoDate, person } from "./arbitraries";

/**
 * The status contract (domain brief, "Statuses of a determination"): `entitled` and `needs-assessment`
 * are for rights; a duty or an information rule whose conditions hold `applies`, and is never counted
 * as an entitlement.
 */
const RIGHTS = new Set(["right", "right-and-duty"]);

describe("statuses follow the kind of rule", () => {
  it("a right is entitled or for the municipality to assess; a duty or information rule applies (fast-check, seed 101)", () => {
    fc.assert(
      fc.property(person, isoDate(), (p, asOf) => {
        for (const d of evaluate(p, asOf)) {
          if (d.status === "entitled" || d.status === "needs-assessment") expect(RIGHTS.has(d.kind), d.rule).toBe(true);
          if (d.status === "applies") expect(RIGHTS.has(d.kind), d.rule).toBe(false);
        }
      }),
      { numRuns: 2000, seed: 101 },
    );
  });

  it.each([
    ["UA-PARENT", "duty"],
    ["UA-NIR", "duty"],
    ["UA-CONTRACT", "information"],
    ["UA-CONTENT", "information"],
    ["ORD-NIR", "duty"],
    ["ORD-CONTRACT", "information"],
    ["ORD-FULLTIME", "information"],
  ] as const)("%s is a %s: it applies when its conditions hold", (rule, kind) => {
    expect(PERSON_RULES.find((r) => r.id === rule)?.kind).toBe(kind);
    const p = rule.startsWith("UA") ? { legalBasis: "collective-protection" as const, permitGranted: "2022-04-01", childrenUnder18: true } : { legalBasis: "integreringsloven" as const };
    expect(evaluate(p, "2026-11-22").find((d) => d.rule === rule)?.status).toBe("applies");
  });

  it("what applies is never counted on a report line (the list summary counts rights only)", () => {
    const ukrainians = Array.from({ length: 3 }, () => ({
      row: 1,
      ref: "",
      determinations: evaluate({ legalBasis: "collective-protection", permitGranted: "2022-04-01", childrenUnder18: true }, "2026-11-22"),
    }));
    expect(summarise(ukrainians).every((l) => l.count === 0)).toBe(true);
  });
});
