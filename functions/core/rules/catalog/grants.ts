import { LAW } from "../sources";
import type { GrantRule } from "../types";

/** Grant schemes for municipalities and organisations (S1–S4), as data for the site, calculators and intake. */

export const integrationReceptionGrant: GrantRule = {
  id: "RECEPTION-2021",
  group: "grant",
  measure: "grant",
  kind: "grant-scheme",
  needsTested: false,
  citations: [{ seed: "S2", legalBasis: LAW.grantRules }],
  // The rate is given for 2021; the grant is to be used and accounted for in 2021 as a rule.
  validity: { from: "2021-01-01", to: "2021-12-31" },
  amounts: [{ id: "reception-rate", nok: 2_003, unit: "per-place-per-month", year: 2021 }],
  conditions: [
    "reception-has-centre",
    "reception-cooperation-agreement",
    "reception-full-time-programme",
    "reception-not-covered-elsewhere",
  ],
  deadlines: [
    { what: "accept-letter", weeksAfterGrantLetter: 2 },
    { what: "quarterly-report", recurring: "quarterly" },
    { what: "annual-report", monthOfFollowingYear: 1 },
  ],
  notes: [],
};

export const developmentGrant2023: GrantRule = {
  id: "DEV-2023",
  group: "grant",
  measure: "grant",
  kind: "grant-scheme",
  needsTested: false,
  citations: [{ seed: "S1", legalBasis: LAW.grantRules }],
  validity: { from: "2023-01-01", to: "2023-12-31" },
  amounts: [{ id: "dev-frame", nok: 7_900_000, unit: "frame", year: 2023 }],
  conditions: [
    "dev-municipality-applies",
    "dev-own-contribution",
    "dev-min-participants",
    "dev-earlier-projects",
    "dev-new-measures",
    "dev-curricula",
  ],
  deadlines: [
    { what: "apply", date: "2023-08-28" },
    { what: "annual-report", date: "2024-02-01" },
  ],
  figures: { minParticipants: 10 },
  notes: [],
};

export const vaccinationInformationMunicipalities: GrantRule = {
  id: "VACC-MUNI-2022",
  group: "grant",
  measure: "grant",
  kind: "grant-scheme",
  needsTested: false,
  citations: [{ seed: "S3", legalBasis: LAW.allocationLetter2022 }],
  validity: { from: "2022-01-01", to: "2022-12-31" },
  amounts: [{ id: "vacc-muni-total", nok: 20_000_000, unit: "total", year: 2022 }],
  conditions: ["vacc-muni-named"],
  deadlines: [
    { what: "short-report", date: "2022-06-01" },
    { what: "annual-report", recurring: "yearly" },
  ],
  // Municipality numbers as the 2022 letter gives them (before the 2024 renumbering).
  allocations: [
    { recipient: "0301", nok: 6_451_032 },
    { recipient: "4601", nok: 3_102_086 },
    { recipient: "3024", nok: 1_505_271 },
    { recipient: "1103", nok: 1_438_445 },
    { recipient: "3005", nok: 1_380_163 },
    { recipient: "5001", nok: 1_318_219 },
    { recipient: "1108", nok: 1_314_252 },
    { recipient: "3025", nok: 1_237_356 },
    { recipient: "3030", nok: 1_210_503 },
    { recipient: "1507", nok: 1_042_674 },
  ],
  notes: ["VACC-TOTAL-DISCREPANCY"],
};

export const vaccinationInformationOrganisations: GrantRule = {
  id: "VACC-NGO-2022",
  group: "grant",
  measure: "grant",
  kind: "grant-scheme",
  needsTested: false,
  citations: [{ seed: "S3", legalBasis: LAW.allocationLetter2022 }],
  validity: { from: "2022-01-01", to: "2022-12-31" },
  amounts: [
    { id: "vacc-ngo-total", nok: 20_000_000, unit: "total", year: 2022 },
    { id: "vacc-ngo-earmarked", nok: 1_500_000, unit: "earmarked", year: 2022 },
  ],
  conditions: ["vacc-ngo-voluntary", "vacc-ngo-earmarked"],
  deadlines: [
    { what: "short-report", date: "2022-06-01" },
    { what: "annual-report", recurring: "yearly" },
  ],
  // Organisations' own names; the same in every language.
  allocations: [
    { recipient: "Røde Kors", nok: 500_000 },
    { recipient: "Selvhjelp for innvandrere og flyktninger", nok: 500_000 },
    { recipient: "Norske Kvinners Sanitetsforening", nok: 500_000 },
  ],
  notes: [],
};

/** Settlement grants (S4): described, but current rates are not in the sources, so none are given. */
export const settlementGrants: GrantRule = {
  id: "SETTLE",
  group: "grant",
  measure: "grant",
  kind: "grant-scheme",
  needsTested: false,
  citations: [{ seed: "S4", legalBasis: LAW.grantRules }],
  validity: {},
  amounts: [],
  conditions: ["settle-automatic", "settle-extra-applied"],
  deadlines: [],
  notes: [],
};

export const GRANT_RULES: GrantRule[] = [
  integrationReceptionGrant,
  developmentGrant2023,
  vaccinationInformationMunicipalities,
  vaccinationInformationOrganisations,
  settlementGrants,
];

/** The sum of the listed municipal amounts, which differs from the stated total by 1 NOK (shown, not hidden). */
export function listedAllocationSum(rule: GrantRule): number {
  return (rule.allocations ?? []).reduce((sum, a) => sum + a.nok, 0);
}
