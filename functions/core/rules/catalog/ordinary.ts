import { LAW } from "../sources";
import type { PersonRule } from "../types";

/** Ordinary participants with the right and duty to the programme under integreringsloven (S4). */

const INTEGRATION_ACT_IN_FORCE = "2021-01-01";

/** What every ordinary rule shares; each rule below is a literal that spreads it. */
const ordinaryRule: Pick<PersonRule, "group" | "needsTested" | "appliesTo" | "validity" | "windows" | "referenceDates"> = {
  group: "ordinary",
  needsTested: false,
  appliesTo: ["integreringsloven"],
  validity: { from: INTEGRATION_ACT_IN_FORCE },
  windows: {},
  referenceDates: {},
};

export const ordinaryMapping: PersonRule = {
  id: "ORD-MAP",
  ...ordinaryRule,
  measure: "competence-mapping",
  kind: "right-and-duty",
  citations: [{ seed: "S4", legalBasis: LAW.integrationActMapping }],
  figures: { grantNok: null },
  notes: ["LEGAL-BASIS-SELF-DECLARED"],
};

export const ordinaryCareer: PersonRule = {
  id: "ORD-CAREER",
  ...ordinaryRule,
  measure: "career-guidance",
  kind: "right-and-duty",
  citations: [{ seed: "S4", legalBasis: LAW.integrationActCareer }],
  figures: { grantNok: null },
  notes: ["LEGAL-BASIS-SELF-DECLARED"],
};

export const ordinaryPlan: PersonRule = {
  id: "ORD-PLAN",
  ...ordinaryRule,
  measure: "integration-plan",
  kind: "right",
  citations: [{ seed: "S4", legalBasis: LAW.integrationActPlan }],
  figures: { grantNok: null },
  notes: ["LEGAL-BASIS-SELF-DECLARED"],
};

export const ordinaryContract: PersonRule = {
  id: "ORD-CONTRACT",
  ...ordinaryRule,
  measure: "integration-contract",
  kind: "information",
  citations: [{ seed: "S4", legalBasis: LAW.integrationActContract }],
  figures: { grantNok: null },
  notes: ["LEGAL-BASIS-SELF-DECLARED"],
};

export const ordinaryFullTime: PersonRule = {
  id: "ORD-FULLTIME",
  ...ordinaryRule,
  measure: "programme-form",
  kind: "information",
  citations: [{ seed: "S4", legalBasis: LAW.integrationActProgramme }],
  figures: { grantNok: null },
  notes: ["LEGAL-BASIS-SELF-DECLARED"],
};

export const ordinaryDecisionDeadline: PersonRule = {
  id: "ORD-DECIDE",
  ...ordinaryRule,
  measure: "decision-deadline",
  kind: "right-and-duty",
  citations: [{ seed: "S4", legalBasis: LAW.integrationActProgramme }],
  figures: { grantNok: null, deadlineMonths: 3 },
  notes: ["LEGAL-BASIS-SELF-DECLARED", "MONTH-ARITHMETIC"],
};

export const ordinaryNorwegian: PersonRule = {
  id: "ORD-NOR",
  ...ordinaryRule,
  measure: "norwegian-training",
  kind: "right-and-duty",
  citations: [{ seed: "S4", legalBasis: LAW.integrationActTraining }],
  figures: { grantNok: null, deadlineMonths: 3 },
  notes: ["LEGAL-BASIS-SELF-DECLARED", "MONTH-ARITHMETIC", "REGISTRATION-FROM-SETTLEMENT"],
};

/** The municipality's duty (not the participant's): it `applies`, it is no entitlement. */
export const ordinaryRegister: PersonRule = {
  id: "ORD-NIR",
  ...ordinaryRule,
  measure: "register",
  kind: "duty",
  citations: [{ seed: "S4", legalBasis: LAW.integrationAct }],
  figures: { grantNok: null, deadlineMonths: 2 },
  notes: ["LEGAL-BASIS-SELF-DECLARED"],
};

export const ORDINARY_RULES: PersonRule[] = [
  ordinaryMapping,
  ordinaryCareer,
  ordinaryPlan,
  ordinaryContract,
  ordinaryFullTime,
  ordinaryDecisionDeadline,
  ordinaryNorwegian,
  ordinaryRegister,
];
