import { describe, expect, it } from "vitest";
import { CATALOG_EDITION, getRule, isHistorical, lastRelevantDate, RULES, type Person, type RuleId } from "../../functions/core/rules";
import { cases } from "./caseTable";
import { determination } from "./helpers";

describe("a rule whose window or deadline has passed is historical, by date", () => {
  const table = cases`
    rule           | asOf       | historical
    # the temporary act was repealed on 2022-12-31
    IP3-NOR        | 2022-12-30 | no
    IP3-NOR        | 2022-12-31 | no
    IP3-NOR        | 2023-01-01 | yes
    # the 2022 Q1 package: current while its extension can still run (note 9),
    # window end 2022-03-31 + 4 months = 2022-07-31
    Q122-PROG      | 2022-03-31 | no
    Q122-PROG      | 2022-04-01 | no
    Q122-PROG      | 2022-07-30 | no
    Q122-PROG      | 2022-07-31 | no
    Q122-PROG      | 2022-08-01 | yes
    Q122-NOR       | 2022-07-31 | no
    Q122-NOR       | 2022-08-01 | yes
    # grants: the last fixed deadline
    DEV-2023       | 2024-01-31 | no
    DEV-2023       | 2024-02-01 | no
    DEV-2023       | 2024-02-02 | yes
    # no confirmed end: never historical
    UA-NOR         | 2030-01-01 | no
    ORD-MAP        | 2030-01-01 | no
    SETTLE         | 2030-01-01 | no
  `;
  it.each(table)("$rule on $asOf: historical $historical", (row) => {
    expect(isHistorical(getRule(row.rule as RuleId), row.asOf as string)).toBe(row.historical === "yes");
  });

  it("still tells whether a person was in the target group, and says the rule has ended", () => {
    const p: Person = { legalBasis: "introduksjonsloven", norwegianTraining: { rightAndDuty: true, end: "2021-09-01" } };
    const d = determination(p, "IP3-NOR", "2026-11-22");
    expect(d).toMatchObject({ status: "entitled", historical: true });
    expect(d.warnings).toContain("HISTORICAL-RULE");
    expect(d.notes).toContain("HISTORICAL-RULE");
    expect(determination(p, "IP3-NOR", "2021-11-01")).toMatchObject({ historical: false, warnings: [] });
  });

  it("a rule not yet in force on the assessment date does not apply", () => {
    const p: Person = { legalBasis: "introduksjonsloven", programme: { start: "2019-03-01", end: "2022-02-01" } };
    const d = determination(p, "Q122-PROG", "2022-01-23");
    expect(d.status).toBe("not-entitled");
    expect(d.reasons[0]).toMatchObject({ condition: "rules-in-force", date: "2022-01-24", held: false });
    expect(d.nearestMiss[0]).toMatchObject({ condition: "rules-in-force", nearest: "2022-01-24", days: 1 });
  });

  it("no rule turns historical after the catalog's edition, so the static site's marks (made at build time) stay right", () => {
    // If this fails, a rule has a window or deadline still ahead: the information pages would keep calling
    // it current after that date until the next build. Schedule a deploy for that day when adding it.
    const ahead = RULES.filter((rule) => (lastRelevantDate(rule) ?? "") > CATALOG_EDITION).map((rule) => `${rule.id} on ${lastRelevantDate(rule)}`);
    expect(ahead).toEqual([]);
  });
});
