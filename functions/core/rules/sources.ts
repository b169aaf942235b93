import type { Seed, SeedId } from "./types";

/** The primary sources (`shared/seeds/`), cited by file name on every rule. */
export const SEEDS: Record<SeedId, Seed> = {
  S0: {
    id: "S0",
    kind: "imdi-page",
    file: "000_449175d98762557f.txt",
    publisher: "IMDi",
    updated: "2021-11-18",
    title: "Integreringspakkene og midlertidige lover om tilpasninger i introduksjonsloven og integreringsloven under pandemien",
  },
  S1: {
    id: "S1",
    kind: "imdi-page",
    file: "001_1df99ca8891ebde9.txt",
    publisher: "IMDi",
    updated: "2023-08-10",
    title: "Ekstraordinær tilleggsutlysning: Tilskudd til utvikling av kommunale integreringstiltak",
  },
  S2: {
    id: "S2",
    kind: "imdi-page",
    file: "002_7039a4d3c56307d6.txt",
    publisher: "IMDi",
    updated: "2021-01-15",
    title: "Tilskudd til kvalifisering for beboere i integreringsmottak",
  },
  S3: {
    id: "S3",
    kind: "ministry-letter",
    file: "003_64336760087f0b66.txt",
    publisher: "Arbeids- og inkluderingsdepartementet",
    updated: "2022-01-24",
    title: "Tillegg nr. 1 til tildelingsbrevet for IMDi 2022",
  },
  S4: {
    id: "S4",
    kind: "imdi-page",
    file: "004_608d3aa2cbacc782.txt",
    publisher: "IMDi",
    updated: "2024-12-10",
    title: "Informasjon til kommuner som ikke har bosatt de siste årene",
  },
};

/**
 * IMDi's postmottak, the one contact detail the sources give for reporting: S0 sends municipalities there
 * for help with the reporting form, S4 names it as IMDi's postmottak. No other address is shown anywhere.
 */
export const IMDI_POSTMOTTAK = { email: "post@imdi.no", seeds: ["S0", "S4"] as SeedId[] } as const;

/**
 * Legal bases as far as verified. Section numbers inside the COVID acts' chapter 1 are not verified,
 * so those cite the act and chapter, never a guessed section.
 */
export const LAW = {
  covidIntroAct:
    "Midlertidig lov om tilpasninger i introduksjonsloven (lov 26. mai 2020 nr. 53) kap. 1, endret ved Prop. 78 L (2020–2021) og Prop. 196 L (2020–2021); opphevet 31. desember 2022",
  covidIntroActPackageI: "Midlertidig lov om tilpasninger i introduksjonsloven (lov 26. mai 2020 nr. 53) kap. 1",
  covidIntroActPackageII:
    "Midlertidig lov om tilpasninger i introduksjonsloven (lov 26. mai 2020 nr. 53) kap. 1, endret ved Prop. 78 L (2020–2021)",
  covidIntroActPackageIII:
    "Midlertidig lov om tilpasninger i introduksjonsloven (lov 26. mai 2020 nr. 53) kap. 1, endret ved Prop. 196 L (2020–2021)",
  introActTraining: "Introduksjonsloven (2003) § 17 første ledd",
  q122Regulation:
    "Forskrift om utvidet introduksjonsprogram og norskopplæring (Prop. 51 S (2021–2022), vedtatt av Stortinget 24. januar 2022)",
  chapter6A:
    "Integreringsloven kapittel 6A (lov 10. juni 2022 nr. 35), for personer med oppholdstillatelse etter utlendingsloven § 34",
  chapter6ANorwegian: "Integreringsloven § 37 d (kapittel 6A)",
  chapter6AReception: "Integreringsloven § 37 a (kapittel 6A)",
  integrationAct: "Integreringsloven (LOV-2020-11-06-127)",
  integrationActProgramme: "Integreringsloven (LOV-2020-11-06-127) § 9 og §§ 13–14",
  integrationActMapping: "Integreringsloven (LOV-2020-11-06-127) § 10",
  integrationActCareer: "Integreringsloven (LOV-2020-11-06-127) § 11",
  integrationActPlan: "Integreringsloven (LOV-2020-11-06-127) § 15",
  integrationActContract: "Integreringsloven (LOV-2020-11-06-127) § 16",
  integrationActTraining: "Integreringsloven (LOV-2020-11-06-127) § 27",
  grantRules: "Tilskuddsregelverk og tilskuddsbrev fra IMDi; forvaltningsloven §§ 3 første ledd og 28 (ingen klagerett)",
  allocationLetter2022: "Tillegg nr. 1 til tildelingsbrevet for IMDi 2022 (Prop. 51 S (2021–2022), Innst. 119 S (2021–2022))",
} as const;
