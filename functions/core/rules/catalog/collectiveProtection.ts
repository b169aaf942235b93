import { LAW } from "../sources";
import type { Citation, Figures, Kind, Measure, NoteId, PersonRule, RuleId } from "../types";

/**
 * Temporary rules for people with collective protection (integreringsloven chapter 6A; S4). They apply
 * to residence permits under utlendingsloven § 34 granted on or after 11 March 2022, from 15 June 2022.
 * IMDi has announced an end "for now" on 1 July 2026; the sources confirm no end, so the rules keep being
 * evaluated after it, with a note (never switched off silently).
 */

export const CHAPTER_6A_VALIDITY = { from: "2022-06-15", announcedTo: "2026-07-01" } as const;
export const PERMIT_WINDOW = { from: "2022-03-11", toInclusive: false } as const;

const chapter6A: Citation[] = [{ seed: "S4", legalBasis: LAW.chapter6A }];

function collectiveRule(
  id: RuleId,
  measure: Measure,
  kind: Kind,
  figures: Figures = {},
  extra: { needsTested?: boolean; citations?: Citation[]; notes?: NoteId[] } = {},
): PersonRule {
  return {
    id,
    group: "collective-protection",
    measure,
    kind,
    needsTested: extra.needsTested ?? false,
    appliesTo: ["collective-protection"],
    citations: extra.citations ?? chapter6A,
    validity: { ...CHAPTER_6A_VALIDITY },
    windows: { permitGranted: { ...PERMIT_WINDOW } },
    referenceDates: {},
    figures: { grantNok: null, ...figures },
    notes: ["UA-END-DATE-ANNOUNCED", ...(extra.notes ?? [])],
  };
}

export const collectiveMapping = collectiveRule("UA-MAP", "competence-mapping", "right");
export const collectiveCareer = collectiveRule("UA-CAREER", "career-guidance", "right");
export const collectivePlan = collectiveRule("UA-PLAN", "integration-plan", "right");
export const collectiveContent = collectiveRule("UA-CONTENT", "programme-content", "information");
export const collectiveParentGuidance = collectiveRule("UA-PARENT", "parent-guidance", "duty", { childrenUnderAge: 18 });
export const collectiveDurationUpperSecondary = collectiveRule("UA-DUR-VGS", "programme-duration", "right", {
  maxMonths: 6,
  extensionMonths: 6,
});
/** Under 25 without upper secondary: end goal normally completed upper secondary (36 months), else 24. */
export const collectiveDurationUnder25 = collectiveRule("UA-DUR-U25", "programme-duration", "right", {
  minMonths: 3,
  maxMonths: 36,
  extensionMonths: 12,
  maxAge: 24,
  upperSecondaryGoalMaxMonths: 36,
  otherGoalMaxMonths: 24,
});
/** 25 and over without upper secondary: end goal work or (part of) schooling (24), or upper secondary (36). */
export const collectiveDuration25Plus = collectiveRule("UA-DUR-25", "programme-duration", "right", {
  minMonths: 3,
  maxMonths: 24,
  extensionMonths: 12,
  minAge: 25,
  upperSecondaryGoalMaxMonths: 36,
  otherGoalMaxMonths: 24,
});
export const collectiveExtension = collectiveRule("UA-EXT", "programme-extension", "right", {}, { needsTested: true });
export const collectiveNorwegian = collectiveRule(
  "UA-NOR",
  "norwegian-training",
  "right",
  { maxMonths: 12, minAge: 18, maxAge: 67 },
  { citations: [{ seed: "S4", legalBasis: LAW.chapter6ANorwegian }] },
);
export const collectivePartTime = collectiveRule("UA-PART", "part-time", "right");
export const collectiveDecisionDeadline = collectiveRule(
  "UA-DECIDE",
  "decision-deadline",
  "right",
  { deadlineMonths: 3 },
  { notes: ["MONTH-ARITHMETIC"] },
);
export const collectiveRegister = collectiveRule("UA-NIR", "register", "information", { deadlineMonths: 2 });
export const collectiveNoContract = collectiveRule("UA-CONTRACT", "integration-contract", "information");
export const collectiveBenefit = collectiveRule("UA-BENEFIT", "introduction-benefit", "right");

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
