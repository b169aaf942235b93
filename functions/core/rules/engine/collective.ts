import * as cp from "../catalog/collectiveProtection";
import type { CollectiveProtectionRuleId, EndGoal } from "../types";
import { END_GOALS } from "../types";
import { dayWindow, type Case } from "./case";
import type { Checks } from "./conditions";
import { settlementDeadlines } from "./deadlines";
import { checks, decide, type Evaluator, type EvaluatorOf, type PersonFigures, type PreparedRule } from "./decide";

/** Evaluators of the temporary rules for people with collective protection (integreringsloven ch. 6A). */

/**
 * Every chapter 6A rule checks first that the § 34 permit was granted inside the permit window. `build`
 * gets the rule and a function that starts a person's checks with the permit's.
 */
const chapter6A =
  (build: (p: PreparedRule, permitted: (c: Case) => Checks) => Evaluator): EvaluatorOf =>
  (p) => {
    const w = dayWindow(p.rule.windows.permitGranted ?? cp.PERMIT_WINDOW);
    return build(p, (c) => checks(p, c).dateInWindow("permit-granted-in-window", "permitGranted", c.permitGranted, w));
  };

/** A rule whose only condition is the permit. */
const permitOnly = chapter6A((p, permitted) => (c) => decide(p, c, permitted(c)));

const ANY_END_GOAL: EndGoal[] = [...END_GOALS];

/**
 * Without upper secondary, the end goal "completed upper secondary" gives the longer frame (the rule's
 * `upperSecondaryGoalMaxMonths`), another goal the rule's `otherGoalMaxMonths`; no goal yet, none.
 */
const frameByGoal = (p: PreparedRule): ((c: Case) => PersonFigures) => {
  const longer: PersonFigures = { maxMonths: p.rule.figures.upperSecondaryGoalMaxMonths ?? null };
  const other: PersonFigures = { maxMonths: p.rule.figures.otherGoalMaxMonths ?? null };
  const noGoalYet: PersonFigures = { maxMonths: null };
  return (c) => (c.endGoal === "upper-secondary" ? longer : c.endGoal === undefined ? noGoalYet : other);
};

/** The extension follows the duration rule: six months with upper secondary, otherwise one year. */
const EXTENSION_WITH_UPPER_SECONDARY: PersonFigures = { extensionMonths: cp.collectiveDurationUpperSecondary.figures.extensionMonths ?? null };
const EXTENSION_WITHOUT: PersonFigures = { extensionMonths: cp.collectiveDurationUnder25.figures.extensionMonths ?? null };
const EXTENSION_UNKNOWN: PersonFigures = { extensionMonths: null };

export const COLLECTIVE_EVALUATORS: Record<CollectiveProtectionRuleId, EvaluatorOf> = {
  "UA-MAP": permitOnly,
  "UA-CAREER": permitOnly,
  "UA-PLAN": permitOnly,
  "UA-CONTENT": permitOnly,
  "UA-PARENT": chapter6A((p, permitted) => {
    const age = p.rule.figures.childrenUnderAge;
    return (c) => decide(p, c, permitted(c).childrenUnder(c.childrenUnder18, age));
  }),
  "UA-DUR-VGS": chapter6A((p, permitted) => (c) => decide(p, c, permitted(c).isTrue("upper-secondary", "upperSecondary", c.upperSecondary, true))),
  "UA-DUR-U25": chapter6A((p, permitted) => {
    const limit = p.rule.figures.maxAge ?? 0;
    const frame = frameByGoal(p);
    return (c) =>
      decide(
        p,
        c,
        permitted(c).isTrue("upper-secondary", "upperSecondary", c.upperSecondary, false).ageUnder(c.age, limit).endGoalIn(c.endGoal, ANY_END_GOAL),
        frame(c),
      );
  }),
  "UA-DUR-25": chapter6A((p, permitted) => {
    const limit = p.rule.figures.minAge ?? 0;
    const frame = frameByGoal(p);
    return (c) =>
      decide(
        p,
        c,
        permitted(c).isTrue("upper-secondary", "upperSecondary", c.upperSecondary, false).ageAtLeast(c.age, limit).endGoalIn(c.endGoal, ANY_END_GOAL),
        frame(c),
      );
  }),
  "UA-EXT": chapter6A((p, permitted) => (c) =>
    decide(
      p,
      c,
      permitted(c).answered("upper-secondary", "upperSecondary", c.upperSecondary),
      c.upperSecondary === undefined ? EXTENSION_UNKNOWN : c.upperSecondary ? EXTENSION_WITH_UPPER_SECONDARY : EXTENSION_WITHOUT,
    ),
  ),
  "UA-NOR": chapter6A((p, permitted) => {
    const min = p.rule.figures.minAge ?? 0;
    const max = p.rule.figures.maxAge ?? 0;
    return (c) => decide(p, c, permitted(c).ageBetween(c.age, min, max));
  }),
  "UA-PART": permitOnly,
  "UA-DECIDE": chapter6A((p, permitted) => (c) => decide(p, c, permitted(c).dateKnown("settled", c.settled), undefined, settlementDeadlines(p, c, "decision"))),
  "UA-NIR": permitOnly,
  "UA-CONTRACT": permitOnly,
  "UA-BENEFIT": permitOnly,
};
