import { getRule, isPersonRule, PERSON_RULES } from "../rules/catalog";
import type { Determination } from "../rules/engine/determination";
import type { DecidedMeasure } from "../i18n/schema";
import type { Kind, Measure, Rule, Status } from "../rules/types";

/**
 * Which determinations become a decision letter, derived from the catalog's data rather than a list of
 * rule ids: a right (kind) to a measure the municipality decides by letter (measure). The records are
 * exhaustive, so a new measure, kind or status does not compile until someone says what it means here.
 */
const DECIDED_BY_LETTER: Record<Measure, boolean> = {
  "extended-programme": true,
  "extended-norwegian": true,
  "programme-duration": true,
  "programme-extension": true,
  "norwegian-training": true,
  // The programme decision itself (due within three months); see `decidesProgramme` below.
  "decision-deadline": true,
  // A revised plan under the reinforced programme, career guidance (the county's), mapping, plans,
  // contracts, content, form, benefit, registration and parent guidance are no decision letters of their own.
  "reinforced-programme": false,
  "career-guidance": false,
  "competence-mapping": false,
  "integration-plan": false,
  "programme-content": false,
  "parent-guidance": false,
  "part-time": false,
  register: false,
  "integration-contract": false,
  "introduction-benefit": false,
  "programme-form": false,
  grant: false,
};

const RIGHT: Record<Kind, boolean> = { right: true, "right-and-duty": true, duty: false, information: false, "grant-scheme": false };

/** How a determination's status reads in a draft; null: nothing to decide yet (or nothing the municipality decides). */
export const DRAFT_OUTCOMES: Record<Status, "granted" | "assess" | "refused" | null> = {
  entitled: "granted",
  "needs-assessment": "assess",
  // A duty or information rule is never drafted as a decision (only rights are): nothing to decide.
  applies: null,
  "not-entitled": "refused",
  "missing-information": null,
};
export type DraftOutcome = NonNullable<(typeof DRAFT_OUTCOMES)[Status]>;

// Groups whose programme decision is carried by duration rules of their own (chapter 6A): there, the
// decision-deadline rule is a deadline, not a second programme decision.
const GROUPS_WITH_DURATIONS = new Set(PERSON_RULES.filter((r) => r.measure === "programme-duration").map((r) => r.group));

export function isMunicipalDecision(rule: Rule): rule is Rule & { measure: DecidedMeasure } {
  if (!isPersonRule(rule) || !RIGHT[rule.kind] || !DECIDED_BY_LETTER[rule.measure]) return false;
  return rule.measure !== "decision-deadline" || !GROUPS_WITH_DURATIONS.has(rule.group);
}

/** Why no draft: the municipality decides nothing by letter for the rule, or the input does not decide it yet. */
export type DraftBlocker = "not-a-decision" | "undecided";

export function draftBlocker(d: Determination): DraftBlocker | undefined {
  if (!isMunicipalDecision(getRule(d.rule))) return "not-a-decision";
  return DRAFT_OUTCOMES[d.status] === null ? "undecided" : undefined;
}
