import { LAW } from "../sources";
import type { PersonRule } from "../types";

/**
 * Temporary rules for people with collective protection (integreringsloven chapter 6A; S4). They apply
 * to residence permits under utlendingsloven § 34 granted on or after 11 March 2022, from 15 June 2022.
 * IMDi has announced an end "for now" on 1 July 2026; the sources confirm no end, so the rules keep being
 * evaluated after it, with a note (never switched off silently).
 */

export const CHAPTER_6A_VALIDITY = { from: "2022-06-15", announcedTo: "2026-07-01" } as const;
export const PERMIT_WINDOW = { from: "2022-03-11", toInclusive: false } as const;

/** What every chapter 6A rule shares; each rule below is a literal that spreads it. */
const chapter6ARule: Pick<PersonRule, "group" | "needsTested" | "appliesTo" | "citations" | "validity" | "windows" | "referenceDates"> = {
  group: "collective-protection",
  needsTested: false,
  appliesTo: ["collective-protection"],
  citations: [{ seed: "S4", legalBasis: LAW.chapter6A }],
  validity: { ...CHAPTER_6A_VALIDITY },
  windows: { permitGranted: { ...PERMIT_WINDOW } },
  referenceDates: {},
};

export const collectiveMapping: PersonRule = {
  id: "UA-MAP",
  ...chapter6ARule,
  measure: "competence-mapping",
  kind: "right",
  figures: { grantNok: null },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectiveCareer: PersonRule = {
  id: "UA-CAREER",
  ...chapter6ARule,
  measure: "career-guidance",
  kind: "right",
  figures: { grantNok: null },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectivePlan: PersonRule = {
  id: "UA-PLAN",
  ...chapter6ARule,
  measure: "integration-plan",
  kind: "right",
  figures: { grantNok: null },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectiveContent: PersonRule = {
  id: "UA-CONTENT",
  ...chapter6ARule,
  measure: "programme-content",
  kind: "information",
  figures: { grantNok: null },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectiveParentGuidance: PersonRule = {
  id: "UA-PARENT",
  ...chapter6ARule,
  measure: "parent-guidance",
  kind: "duty",
  figures: { grantNok: null, childrenUnderAge: 18 },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectiveDurationUpperSecondary: PersonRule = {
  id: "UA-DUR-VGS",
  ...chapter6ARule,
  measure: "programme-duration",
  kind: "right",
  figures: { grantNok: null, maxMonths: 6, extensionMonths: 6 },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

/** Under 25 without upper secondary: end goal normally completed upper secondary (36 months), else 24. */
export const collectiveDurationUnder25: PersonRule = {
  id: "UA-DUR-U25",
  ...chapter6ARule,
  measure: "programme-duration",
  kind: "right",
  figures: { grantNok: null, minMonths: 3, maxMonths: 36, extensionMonths: 12, maxAge: 25, upperSecondaryGoalMaxMonths: 36, otherGoalMaxMonths: 24 },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

/** 25 and over without upper secondary: end goal work or (part of) schooling (24), or upper secondary (36). */
export const collectiveDuration25Plus: PersonRule = {
  id: "UA-DUR-25",
  ...chapter6ARule,
  measure: "programme-duration",
  kind: "right",
  figures: { grantNok: null, minMonths: 3, maxMonths: 24, extensionMonths: 12, minAge: 25, upperSecondaryGoalMaxMonths: 36, otherGoalMaxMonths: 24 },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectiveExtension: PersonRule = {
  id: "UA-EXT",
  ...chapter6ARule,
  measure: "programme-extension",
  kind: "right",
  needsTested: true,
  figures: { grantNok: null },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectiveNorwegian: PersonRule = {
  id: "UA-NOR",
  ...chapter6ARule,
  measure: "norwegian-training",
  kind: "right",
  citations: [{ seed: "S4", legalBasis: LAW.chapter6ANorwegian }],
  // "Mellom 18 og 67 år" (§ 37 d): from the 18th birthday until the 67th, so an age of 67 is outside.
  figures: { grantNok: null, maxMonths: 12, minAge: 18, maxAge: 67 },
  notes: ["UA-END-DATE-ANNOUNCED", "UA-NOR-AGE-67"],
};

export const collectivePartTime: PersonRule = {
  id: "UA-PART",
  ...chapter6ARule,
  measure: "part-time",
  kind: "right",
  figures: { grantNok: null },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectiveDecisionDeadline: PersonRule = {
  id: "UA-DECIDE",
  ...chapter6ARule,
  measure: "decision-deadline",
  kind: "right",
  figures: { grantNok: null, deadlineMonths: 3 },
  notes: ["UA-END-DATE-ANNOUNCED", "MONTH-ARITHMETIC"],
};

/** The municipality's duty (not the participant's): it `applies`, it is no entitlement. */
export const collectiveRegister: PersonRule = {
  id: "UA-NIR",
  ...chapter6ARule,
  measure: "register",
  kind: "duty",
  figures: { grantNok: null, deadlineMonths: 2 },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectiveNoContract: PersonRule = {
  id: "UA-CONTRACT",
  ...chapter6ARule,
  measure: "integration-contract",
  kind: "information",
  figures: { grantNok: null },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const collectiveBenefit: PersonRule = {
  id: "UA-BENEFIT",
  ...chapter6ARule,
  measure: "introduction-benefit",
  kind: "right",
  figures: { grantNok: null },
  notes: ["UA-END-DATE-ANNOUNCED"],
};

export const COLLECTIVE_PROTECTION_RULES: PersonRule[] = [
  collectiveMapping,
  collectiveCareer,
  collectivePlan,
  collectiveContent,
  collectiveParentGuidance,
  collectiveDurationUpperSecondary,
  collectiveDurationUnder25,
  collectiveDuration25Plus,
  collectiveExtension,
  collectiveNorwegian,
  collectivePartTime,
  collectiveDecisionDeadline,
  collectiveRegister,
  collectiveNoContract,
  collectiveBenefit,
];
