import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, getRule, PERSON_RULES, SEEDS, type Person } from "../../functions/core/rules";
import { isoDate, person } from "./arbitraries";

const holds = (status: string) => status === "entitled" || status === "needs-assessment";
const runs = { numRuns: 2000 };

describe("engine invariants (fast-check)", () => {
  it("is total: any schema-valid person gets one determination per rule of their legal basis (plus the ordinary rules where chapter 6A does not apply)", () => {
    fc.assert(
      fc.property(person, isoDate(), (p, asOf) => {
        const ds = evaluate(p, asOf);
        const own = PERSON_RULES.filter((r) => r.appliesTo.includes(p.legalBasis)).map((r) => r.id);
        const outside6A =
          p.legalBasis === "collective-protection" && (asOf < "2022-06-15" || (p.permitGranted !== undefined && p.permitGranted < "2022-03-11"));
        const fallback = outside6A ? PERSON_RULES.filter((r) => r.group === "ordinary").map((r) => r.id) : [];
        expect(ds.map((d) => d.rule)).toEqual([...own, ...fallback]);
      }),
      runs,
    );
  });

  it("nobody is in both package II and package III for programme time", () => {
    fc.assert(
      fc.property(person, isoDate(), (p, asOf) => {
        const ds = evaluate(p, asOf);
        const ip2 = ds.find((d) => d.rule === "IP2-PROG");
        const ip3 = ds.find((d) => d.rule === "IP3-PROG");
        expect(ip2 && ip3 && holds(ip2.status) && holds(ip3.status)).toBeFalsy();
      }),
      runs,
    );
  });

  it("at most one extended-Norwegian package fits one training end date", () => {
    fc.assert(
      fc.property(person, (p) => {
        const fits = evaluate(p, "2026-11-22").filter((d) => d.measure === "extended-norwegian" && holds(d.status));
        expect(fits.length).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it("every determination cites a seed file and a legal basis", () => {
    fc.assert(
      fc.property(person, isoDate(), (p, asOf) => {
        for (const d of evaluate(p, asOf)) {
          expect(d.sources.length).toBeGreaterThan(0);
          for (const s of d.sources) {
            expect(s.file).toBe(SEEDS[s.seed].file);
            expect(s.legalBasis.length).toBeGreaterThan(10);
          }
        }
      }),
      runs,
    );
  });

  it("grantNok is a whole number of kroner or null", () => {
    fc.assert(
      fc.property(person, isoDate(), (p, asOf) => {
        for (const d of evaluate(p, asOf)) expect(d.grantNok === null || Number.isSafeInteger(d.grantNok)).toBe(true);
      }),
      runs,
    );
  });

  it("status agrees with its reasons: a miss explains every not-entitled, a field every missing-information", () => {
    fc.assert(
      fc.property(person, isoDate(), (p, asOf) => {
        for (const d of evaluate(p, asOf)) {
          if (d.status === "not-entitled") expect(d.nearestMiss.length).toBeGreaterThan(0);
          if (d.status === "missing-information") expect(d.missing.length).toBeGreaterThan(0);
          if (holds(d.status)) expect(d.reasons.every((r) => r.held === true)).toBe(true);
          if (holds(d.status)) expect(d.status === "needs-assessment").toBe(getRule(d.rule).needsTested);
        }
      }),
      runs,
    );
  });

  it("the nearest miss is real: moving the person's date there makes that condition hold", () => {
    fc.assert(
      fc.property(person, (p) => {
        for (const d of evaluate(p, "2026-11-22")) {
          for (const miss of d.nearestMiss) {
            if (!miss.nearest || !miss.field || !miss.reason.window) continue;
            const moved = withDate(p, miss.field, miss.nearest);
            const again = evaluate(moved, "2026-11-22").find((x) => x.rule === d.rule);
            expect(again?.reasons.find((r) => r.condition === miss.condition)?.held).toBe(true);
          }
        }
      }),
      runs,
    );
  });
});

function withDate(p: Person, field: string, date: string): Person {
  const copy: Person = structuredClone(p);
  if (field === "programme.start") copy.programme = { ...copy.programme, start: date };
  if (field === "programme.end") copy.programme = { ...copy.programme, end: date };
  if (field === "norwegianTraining.end") copy.norwegianTraining = { ...copy.norwegianTraining, end: date };
  if (field === "permitGranted") copy.permitGranted = date;
  return copy;
}
