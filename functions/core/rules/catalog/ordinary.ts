import { LAW } from "../sources";
import type { Figures, Measure, NoteId, PersonKind, PersonRule, RuleId } from "../types";

/** Ordinary participants with the right and duty to the programme under integreringsloven (S4). */

const INTEGRATION_ACT_IN_FORCE = "2021-01-01";

function ordinaryRule(
  id: RuleId,
  measure: Measure,
  kind: PersonKind,
  legalBasis: string,
  figures: Figures = {},
  notes: NoteId[] = [],
): PersonRule {
  return {
    id,
    group: "ordinary",
    measure,
    kind,
    needsTested: false,
    appliesTo: ["integreringsloven"],
    citations: [{ seed: "S4", legalBasis }],
    validity: { from: INTEGRATION_ACT_IN_FORCE },
    windows: {},
    referenceDates: {},
    figures: { grantNok: null, ...figures },
    notes: ["LEGAL-BASIS-SELF-DECLARED", ...notes],
  };
}

export const ordinaryMapping = ordinaryRule("ORD-MAP", "competence-mapping", "right-and-duty", LAW.integrationActMapping);
export const ordinaryCareer = ordinaryRule("ORD-CAREER", "career-guidance", "right-and-duty", LAW.integrationActCareer);
export const ordinaryPlan = ordinaryRule("ORD-PLAN", "integration-plan", "right", LAW.integrationActPlan);
export const ordinaryContract = ordinaryRule("ORD-CONTRACT", "integration-contract", "information", LAW.integrationActContract);
export const ordinaryFullTime = ordinaryRule("ORD-FULLTIME", "programme-form", "information", LAW.integrationActProgramme);
export const ordinaryDecisionDeadline = ordinaryRule(
  "ORD-DECIDE",
  "decision-deadline",
  "right-and-duty",
  LAW.integrationActProgramme,
  { deadlineMonths: 3 },
  ["MONTH-ARITHMETIC"],
);
export const ordinaryNorwegian = ordinaryRule(
  "ORD-NOR",
  "norwegian-training",
  "right-and-duty",
  LAW.integrationActTraining,
  { deadlineMonths: 3 },
  ["MONTH-ARITHMETIC", "REGISTRATION-FROM-SETTLEMENT"],
);
/** The municipality's duty (not the participant's): it `applies`, it is no entitlement. */
export const ordinaryRegister = ordinaryRule("ORD-NIR", "register", "duty", LAW.integrationAct, {
  deadlineMonths: 2,
});

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
