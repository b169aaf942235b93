import { describe, expect, it } from "vitest";
import { plainText } from "../../functions/core/i18n/foreign";
import { citationView, legalBasisUrl, LANGUAGES, LAW, SEED_IDS, SEEDS, sourceLabel } from "../../functions/core/rules";

describe("sources by their real names", () => {
  it("names IMDi's page and the ministry's letter with their dates, in every language", () => {
    expect(plainText(sourceLabel("S0", "en"))).toBe(
      "IMDi's page “Integreringspakkene og midlertidige lover om tilpasninger i introduksjonsloven og integreringsloven under pandemien”, last updated 18 November 2021",
    );
    expect(plainText(sourceLabel("S3", "nb"))).toBe("Departementets brev «Tillegg nr. 1 til tildelingsbrevet for IMDi 2022», datert 24. januar 2022");
    expect(plainText(sourceLabel("S4", "uk"))).toBe("Сторінка IMDi «Informasjon til kommuner som ikke har bosatt de siste årene», оновлено 10 грудня 2024 року");
    expect(plainText(sourceLabel("S2", "nn"))).toContain("IMDi-sida «Tilskudd til kvalifisering for beboere i integreringsmottak»");
  });

  it("never names a seed file, and marks the Norwegian title", () => {
    for (const lang of LANGUAGES) {
      for (const id of SEED_IDS) {
        const label = sourceLabel(id, lang);
        expect(label).not.toContain(SEEDS[id].file);
        expect(label).toContain(`[[nb:${SEEDS[id].title}]]`);
      }
    }
  });

  it("links the Integration Act to Lovdata, and no act whose address the catalog does not know", () => {
    expect(legalBasisUrl(LAW.integrationActMapping)).toBe("https://lovdata.no/dokument/NL/lov/2020-11-06-127");
    expect(legalBasisUrl(LAW.chapter6ANorwegian)).toBe("https://lovdata.no/dokument/NL/lov/2020-11-06-127");
    expect(legalBasisUrl(LAW.introActTraining)).toBeUndefined();
    expect(legalBasisUrl(LAW.covidIntroAct)).toBeUndefined();
  });

  it("gives a citation its marked legal basis, its link and its source's name", () => {
    expect(citationView({ seed: "S4", legalBasis: LAW.integrationActCareer }, "en")).toEqual({
      legalBasis: `[[nb:${LAW.integrationActCareer}]]`,
      legalBasisUrl: "https://lovdata.no/dokument/NL/lov/2020-11-06-127",
      source: sourceLabel("S4", "en"),
    });
  });
});
