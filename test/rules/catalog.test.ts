import { describe, expect, it } from "vitest";
import {
  GRANT_RULES, RULE_IDS, RULES, RULES_VERSION, SEEDS, getRule, getReportTemplate, lineAmountNok, lineRateNok,
  listedAllocationSum, REPORT_TEMPLATES, type GrantRule,
} from "../../functions/core/rules";
import { GrantRuleSchema, PersonRuleSchema } from "../../functions/core/rules/catalogSchema";

describe("the rules catalog", () => {
  it("encodes every rule id of the domain brief exactly once", () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s is exactly what the catalog schema describes (no stray or missing field)", (_, rule) => {
    const parsed = (rule.kind === "grant-scheme" ? GrantRuleSchema : PersonRuleSchema).safeParse(rule);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("cites a known seed file and a legal basis on every rule", () => {
    for (const rule of RULES) {
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const c of rule.citations) expect(SEEDS[c.seed].file).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
    }
  });

  it("keeps every amount in whole kroner", () => {
    for (const rule of GRANT_RULES) {
      for (const a of rule.amounts) expect(Number.isSafeInteger(a.nok), `${rule.id} ${a.id}`).toBe(true);
      for (const a of rule.allocations ?? []) expect(Number.isSafeInteger(a.nok)).toBe(true);
    }
  });

  it("shows the vaccination grant's stated total and the listed amounts, which differ by one krone", () => {
    const rule = getRule("VACC-MUNI-2022") as GrantRule;
    expect(rule.amounts.find((a) => a.id === "vacc-muni-total")?.nok).toBe(20_000_000);
    expect(listedAllocationSum(rule)).toBe(20_000_001);
    expect(rule.notes).toContain("VACC-TOTAL-DISCREPANCY");
    expect(rule.allocations).toHaveLength(10);
  });

  it("gives no settlement-grant rate, since the sources give none", () => {
    expect((getRule("SETTLE") as GrantRule).amounts).toEqual([]);
  });

  it("has a rules version that names the edition", () => {
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{8}$/);
  });
});

describe("report templates read their rates from the rules", () => {
  it("package III round: four count lines at 45 000 and 8 000 kr", () => {
    const t = getReportTemplate("package-iii-2021");
    expect(t?.lines.map(lineRateNok)).toEqual([45_000, 8_000, 45_000, 8_000]);
    expect(t?.source).toMatchObject({ sent: "2021-11-12", deadline: "2021-11-26" });
  });

  it("integration reception: places × months × the 2021 rate", () => {
    const line = getReportTemplate("reception-quarterly")!.lines[0]!;
    expect(lineAmountNok(line, { places: 30, months: 3 })).toBe(30 * 3 * 2_003);
  });

  it("every template's rule exists in the catalog", () => {
    for (const t of REPORT_TEMPLATES) for (const id of t.rules) expect(getRule(id), id).toBeDefined();
  });
});
