import { describe, expect, it } from "vitest";
import { formatters, packFor } from "../../functions/core/i18n";
import { ruleTexts as en } from "../../functions/core/i18n/en/rules";
import { markedRuleTexts } from "../../functions/core/i18n/marked";
import { ruleTexts as nb } from "../../functions/core/i18n/nb/rules";
import { ruleTexts as nn } from "../../functions/core/i18n/nn/rules";
import { ruleTexts as uk } from "../../functions/core/i18n/uk/rules";
import { getRule, LANGUAGES, listedAllocationSum, RULE_IDS, type GrantRule, type PersonRule } from "../../functions/core/rules";

const SOURCES = { nb, nn, en, uk };

describe("the catalog carries every figure a text states (issue 11 item 5)", () => {
  it("no summary typed as plain text holds a digit: a figure in a summary is rendered from the catalog", () => {
    for (const lang of LANGUAGES) {
      for (const id of RULE_IDS) {
        const summary = SOURCES[lang].rules[id].summary;
        if (typeof summary === "string") expect(summary, `${lang} ${id}`).not.toMatch(/\d/);
      }
    }
  });

  it("the age in the duration titles is the catalog's age band", () => {
    const u25 = getRule("UA-DUR-U25") as PersonRule;
    const from25 = getRule("UA-DUR-25") as PersonRule;
    // maxAge is the birthday from which the rule no longer applies: "under 25 år" reads 25, and UA-DUR-25 starts there.
    expect(u25.figures.maxAge).toBe(from25.figures.minAge);
    expect(packFor("nb").rules["UA-DUR-U25"].title).toBe(`Varighet under ${u25.figures.maxAge} år uten videregående`);
    expect(packFor("en").rules["UA-DUR-25"].title).toBe(`Duration from ${from25.figures.minAge} without upper secondary`);
  });

  it("summaries state the windows, reference dates and months of the catalog", () => {
    const ip3 = getRule("IP3-PROG") as PersonRule;
    const f = formatters("en");
    const summary = packFor("en").rules["IP3-PROG"].summary;
    expect(summary).toContain(f.window(ip3.windows.programmeStart!));
    expect(summary).toContain(f.date(ip3.referenceDates.participatingOn!));
    expect(summary).toContain(f.months(ip3.figures.maxMonths!));
    const parent = getRule("UA-PARENT") as PersonRule;
    expect(packFor("nb").rules["UA-PARENT"].summary).toContain(`barn under ${parent.figures.childrenUnderAge} år`);
  });

  it("the vaccination note states the stated total and the listed sum from the catalog, in every language", () => {
    const rule = getRule("VACC-MUNI-2022") as GrantRule;
    for (const lang of LANGUAGES) {
      const f = formatters(lang);
      expect(packFor(lang).notes["VACC-TOTAL-DISCREPANCY"]).toContain(f.nok(rule.amounts[0]!.nok));
      expect(packFor(lang).notes["VACC-TOTAL-DISCREPANCY"]).toContain(f.nok(listedAllocationSum(rule)));
    }
  });

  it("DEV-2023's condition names its least number of participants", () => {
    const rule = getRule("DEV-2023") as GrantRule;
    expect(rule.figures?.minParticipants).toBe(10);
    for (const lang of LANGUAGES) expect(packFor(lang).grantConditions["dev-min-participants"]).toContain(String(rule.figures!.minParticipants));
  });

  it("the language packs are plain text; the marked texts keep the Norwegian passages", () => {
    for (const lang of LANGUAGES) expect(JSON.stringify(packFor(lang))).not.toContain("[[");
    expect(markedRuleTexts("en").rules["UA-MAP"].title).toBe("Competence mapping ([[nb:kompetansekartlegging]]), collective protection");
    expect(markedRuleTexts("uk").legalBases["collective-protection"]).toContain("[[nb:utlendingsloven § 34]]");
    expect(JSON.stringify(markedRuleTexts("nb"))).not.toContain("[[");
  });
});
