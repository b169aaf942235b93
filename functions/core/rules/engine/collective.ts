import * as cp from "../catalog/collectiveProtection";
import type { Person } from "../schema";
import type { CollectiveProtectionRuleId, PersonRule } from "../types";
import { END_GOALS } from "../types";
import { ageAtLeast, ageBetween, ageUnder, dateInWindow, endGoalIn, isTrue } from "./conditions";
import { settlementDeadline } from "./deadlines";
import { decide, type Evaluator, type Outcome } from "./decide";
import type { Reason } from "./determination";

/** Evaluators of the temporary rules for people with collective protection (integreringsloven ch. 6A). */

/** Every chapter 6A rule needs a § 34 permit granted inside the permit window. */
function permit(rule: PersonRule, p: Person): Reason {
  const w = rule.windows.permitGranted ?? cp.PERMIT_WINDOW;
  return dateInWindow("permit-granted-in-window", "permitGranted", p.permitGranted, w);
}

const withPermit =
  (more?: (rule: PersonRule, p: Person) => Omit<Outcome, "reasons"> & { reasons?: Reason[] }): Evaluator =>
  (rule, p, asOf) => {
    if (!more) return decide(rule, asOf, { reasons: [permit(rule, p)] });
    const extra = more(rule, p);
    const reasons = [permit(rule, p)];
    if (extra.reasons) for (const r of extra.reasons) reasons.push(r);
    const outcome: Outcome = { reasons };
    if (extra.figures) outcome.figures = extra.figures;
    if (extra.deadlines) outcome.deadlines = extra.deadlines;
    return decide(rule, asOf, outcome);
  };

const ANY_END_GOAL = [...END_GOALS];

/** Without upper secondary, the end goal "completed upper secondary" gives the longer frame. */
const durationByGoal = (rule: PersonRule, p: Person, age: Reason) => ({
  reasons: [isTrue("upper-secondary", "upperSecondary", p.upperSecondary, false), age, endGoalIn(p.endGoal, ANY_END_GOAL)],
  figures: {
    maxMonths:
      p.endGoal === "upper-secondary"
        ? (rule.figures.upperSecondaryGoalMaxMonths ?? null)
        : p.endGoal === undefined
          ? null
          : (rule.figures.otherGoalMaxMonths ?? null),
  },
});

export const COLLECTIVE_EVALUATORS: Record<CollectiveProtectionRuleId, Evaluator> = {
  "UA-MAP": withPermit(),
  "UA-CAREER": withPermit(),
  "UA-PLAN": withPermit(),
  "UA-CONTENT": withPermit(),
  "UA-PARENT": withPermit((rule, p) => ({
    reasons: [{ ...isTrue("children-under-18", "childrenUnder18", p.childrenUnder18), max: rule.figures.childrenUnderAge }],
  })),
  "UA-DUR-VGS": withPermit((_, p) => ({
    reasons: [isTrue("upper-secondary", "upperSecondary", p.upperSecondary, true)],
  })),
  "UA-DUR-U25": withPermit((rule, p) =>
    durationByGoal(rule, p, ageUnder(p.age, rule.figures.maxAge ?? 0)),
  ),
  "UA-DUR-25": withPermit((rule, p) => durationByGoal(rule, p, ageAtLeast(p.age, rule.figures.minAge ?? 0))),
  // The extension follows the duration rule: six months with upper secondary, otherwise one year.
  "UA-EXT": withPermit((_, p) => ({
    reasons: [upperSecondaryKnown(p.upperSecondary)],
    figures: {
      extensionMonths:
        p.upperSecondary === undefined
          ? null
          : ((p.upperSecondary ? cp.collectiveDurationUpperSecondary : cp.collectiveDurationUnder25).figures.extensionMonths ??
            null),
    },
  })),
  "UA-NOR": withPermit((rule, p) => ({
    reasons: [ageBetween(p.age, rule.figures.minAge ?? 0, rule.figures.maxAge ?? 0)],
  })),
  "UA-PART": withPermit(),
  "UA-DECIDE": withPermit((rule, p) => settlementDeadline(rule, p, "decision")),
  "UA-NIR": withPermit(),
  "UA-CONTRACT": withPermit(),
  "UA-BENEFIT": withPermit(),
};

/** The extension's length depends on upper secondary, whichever way it is answered. */
function upperSecondaryKnown(actual: boolean | undefined): Reason {
  return actual === undefined
    ? { condition: "upper-secondary", field: "upperSecondary", held: null }
    : { condition: "upper-secondary", field: "upperSecondary", actual, expected: actual, held: true };
}

