import { LAW } from "../sources";
import type { PersonRule } from "../types";

/**
 * COVID-19 packages (S0, S3). Historical, still asked about and audited. Windows follow the brief's
 * convention: `[from, to)` unless the source says "til og med" or names the last day of a period.
 */

const TEMPORARY_ACT_REPEALED = "2022-12-31";

export const extendedProgrammePackageI: PersonRule = {
  id: "IP1-PROG",
  group: "covid",
  measure: "extended-programme",
  kind: "right",
  needsTested: true,
  appliesTo: ["introduksjonsloven"],
  citations: [{ seed: "S0", legalBasis: LAW.covidIntroActPackageI }],
  // The rules were planned from 1 Aug 2020 (the 2020 consultation); the act was repealed end of 2022.
  validity: { from: "2020-08-01", to: TEMPORARY_ACT_REPEALED },
  windows: { programmeStart: { to: "2019-01-01", toInclusive: false } },
  referenceDates: { participatingFrom: "2020-08-01" },
  figures: { maxMonths: 6, grantNok: null },
  notes: ["N3-START-2019-01-01", "N7-PACKAGE-I-LOWER-BOUND", "N8-PACKAGE-REPORTING"],
};

export const extendedProgrammePackageII: PersonRule = {
  id: "IP2-PROG",
  group: "covid",
  measure: "extended-programme",
  kind: "right",
  needsTested: true,
  appliesTo: ["introduksjonsloven"],
  citations: [{ seed: "S0", legalBasis: LAW.covidIntroActPackageII }],
  validity: { to: TEMPORARY_ACT_REPEALED },
  windows: { programmeStart: { from: "2019-01-01", to: "2019-07-01", toInclusive: false } },
  referenceDates: { participatingOn: "2021-01-01" },
  figures: { maxMonths: 4, grantNok: 45_000 },
  notes: ["N1-IP2-IP3-BOUNDARY", "N3-START-2019-01-01", "N5-PARTICIPATING-ON-REFERENCE-DATE", "N8-PACKAGE-REPORTING"],
};

export const extendedProgrammePackageIII: PersonRule = {
  id: "IP3-PROG",
  group: "covid",
  measure: "extended-programme",
  kind: "right",
  needsTested: true,
  appliesTo: ["introduksjonsloven"],
  citations: [{ seed: "S0", legalBasis: LAW.covidIntroActPackageIII }],
  validity: { to: TEMPORARY_ACT_REPEALED },
  windows: { programmeStart: { from: "2019-07-01", to: "2020-01-01", toInclusive: false } },
  referenceDates: { participatingOn: "2021-07-01" },
  figures: { maxMonths: 4, grantNok: 45_000 },
  notes: ["N1-IP2-IP3-BOUNDARY", "N5-PARTICIPATING-ON-REFERENCE-DATE", "N8-PACKAGE-REPORTING"],
};

export const extendedProgrammeQ1of2022: PersonRule = {
  id: "Q122-PROG",
  group: "covid",
  measure: "extended-programme",
  kind: "right",
  needsTested: true,
  // S3 names no act for the programme measure; participants of both acts could end in Q1 2022.
  appliesTo: ["introduksjonsloven", "integreringsloven"],
  citations: [{ seed: "S3", legalBasis: LAW.q122Regulation }],
  validity: { from: "2022-01-24" },
  windows: { programmeEnd: { from: "2022-01-01", to: "2022-03-31", toInclusive: true } },
  referenceDates: {},
  figures: { maxMonths: 4, grantNok: 45_000 },
  notes: ["N6-Q122-BY-END-DATE", "N9-Q122-EXTENSION-PERIOD"],
};

export const extendedNorwegianPackageI: PersonRule = {
  id: "IP1-NOR",
  group: "covid",
  measure: "extended-norwegian",
  kind: "right",
  needsTested: false,
  appliesTo: ["introduksjonsloven"],
  citations: [{ seed: "S0", legalBasis: LAW.covidIntroActPackageI }],
  validity: { from: "2020-08-01", to: TEMPORARY_ACT_REPEALED },
  windows: { trainingEnd: { from: "2020-08-01", to: "2020-12-31", toInclusive: true } },
  referenceDates: {},
  figures: { maxMonths: 6, grantNok: null },
  // Note 10: S0 states the right-and-duty condition for packages II, III and 2022 Q1, not for package I.
  notes: ["N4-NOR-2020-12-31", "N7-PACKAGE-I-LOWER-BOUND", "N8-PACKAGE-REPORTING", "N10-IP1-NOR-NO-RIGHT-AND-DUTY"],
};

export const extendedNorwegianPackageII: PersonRule = {
  id: "IP2-NOR",
  group: "covid",
  measure: "extended-norwegian",
  kind: "right",
  needsTested: false,
  appliesTo: ["introduksjonsloven"],
  citations: [
    { seed: "S0", legalBasis: LAW.covidIntroActPackageII },
    { seed: "S0", legalBasis: LAW.introActTraining },
  ],
  validity: { to: TEMPORARY_ACT_REPEALED },
  windows: { trainingEnd: { from: "2021-01-01", to: "2021-07-01", toInclusive: false } },
  referenceDates: {},
  figures: { maxMonths: 4, grantNok: 8_000 },
  notes: ["N2-NOR-JULY-BOUNDARY", "N4-NOR-2020-12-31", "N8-PACKAGE-REPORTING"],
};

export const extendedNorwegianPackageIII: PersonRule = {
  id: "IP3-NOR",
  group: "covid",
  measure: "extended-norwegian",
  kind: "right",
  needsTested: false,
  appliesTo: ["introduksjonsloven"],
  citations: [
    { seed: "S0", legalBasis: LAW.covidIntroActPackageIII },
    { seed: "S0", legalBasis: LAW.introActTraining },
  ],
  validity: { to: TEMPORARY_ACT_REPEALED },
  windows: { trainingEnd: { from: "2021-07-01", to: "2021-12-31", toInclusive: true } },
  referenceDates: {},
  figures: { maxMonths: 4, grantNok: 8_000 },
  notes: ["N2-NOR-JULY-BOUNDARY", "N8-PACKAGE-REPORTING"],
};

export const extendedNorwegianQ1of2022: PersonRule = {
  id: "Q122-NOR",
  group: "covid",
  measure: "extended-norwegian",
  kind: "right",
  needsTested: false,
  appliesTo: ["introduksjonsloven"],
  citations: [
    { seed: "S3", legalBasis: LAW.q122Regulation },
    { seed: "S3", legalBasis: LAW.introActTraining },
  ],
  validity: { from: "2022-01-24" },
  windows: { trainingEnd: { from: "2022-01-01", to: "2022-03-31", toInclusive: true } },
  referenceDates: {},
  // Paid through the grant for Norwegian training, not as a separate grant (S3).
  figures: { maxMonths: 4, grantNok: 8_000 },
  notes: ["N9-Q122-EXTENSION-PERIOD"],
};

export const reinforcedProgramme: PersonRule = {
  id: "REINF",
  group: "covid",
  measure: "reinforced-programme",
  kind: "right",
  needsTested: false,
  appliesTo: ["introduksjonsloven"],
  citations: [{ seed: "S0", legalBasis: LAW.covidIntroAct }],
  validity: { to: TEMPORARY_ACT_REPEALED },
  windows: { programmeStart: { from: "2019-01-01", toInclusive: false } },
  referenceDates: {},
  // Only with the end goal "completed upper secondary": up to three years, plus one.
  figures: { maxMonths: 36, extensionMonths: 12, grantNok: null },
  notes: ["N3-START-2019-01-01"],
};

export const careerGuidance: PersonRule = {
  id: "CAREER",
  group: "covid",
  measure: "career-guidance",
  kind: "right",
  needsTested: true,
  appliesTo: ["introduksjonsloven"],
  citations: [{ seed: "S0", legalBasis: LAW.covidIntroAct }],
  validity: { to: TEMPORARY_ACT_REPEALED },
  windows: {},
  referenceDates: {},
  figures: { grantNok: null },
  // County funding (S0): not per participant, paid through the general frame.
  amounts: [
    { id: "career-county-funding", nok: 10_000_000, unit: "frame", year: 2020 },
    { id: "career-county-funding", nok: 15_400_000, unit: "frame", year: 2021 },
  ],
  notes: [],
};

export const COVID_RULES: PersonRule[] = [
  extendedProgrammePackageI,
  extendedProgrammePackageII,
  extendedProgrammePackageIII,
  extendedProgrammeQ1of2022,
  extendedNorwegianPackageI,
  extendedNorwegianPackageII,
  extendedNorwegianPackageIII,
  extendedNorwegianQ1of2022,
  reinforcedProgramme,
  careerGuidance,
];
