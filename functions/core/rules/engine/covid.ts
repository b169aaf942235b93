import type { CovidRuleId, PersonRule } from "../types";
import { dateInWindow, isTrue, participatingOn, participatingOnOrAfter, programmeParticipant } from "./conditions";
import { decide, type Evaluator } from "./decide";

/** Evaluators of the COVID-19 package rules. Every date they compare with comes from the catalog. */

const window = (rule: PersonRule, name: keyof PersonRule["windows"]) => {
  const w = rule.windows[name];
  if (!w) throw new Error(`${rule.id} has no ${name} window`);
  return w;
};

const reference = (rule: PersonRule, name: keyof PersonRule["referenceDates"]) => {
  const d = rule.referenceDates[name];
  if (!d) throw new Error(`${rule.id} has no ${name} date`);
  return d;
};

/** Package I: started before the window's end, and still in the programme on or after the reference date. */
const extendedProgrammeFromStart: Evaluator = (rule, p, asOf) =>
  decide(rule, asOf, {
    reasons: [
      dateInWindow("programme-start-in-window", "programme.start", p.programme?.start, window(rule, "programmeStart")),
      rule.referenceDates.participatingFrom
        ? participatingOnOrAfter(p.programme, reference(rule, "participatingFrom"))
        : participatingOn(p.programme, reference(rule, "participatingOn")),
    ],
  });

const extendedProgrammeFromEnd: Evaluator = (rule, p, asOf) =>
  decide(rule, asOf, {
    reasons: [dateInWindow("programme-end-in-window", "programme.end", p.programme?.end, window(rule, "programmeEnd"))],
  });

const extendedNorwegian: Evaluator = (rule, p, asOf) =>
  decide(rule, asOf, {
    reasons: [dateInWindow("training-end-in-window", "norwegianTraining.end", p.norwegianTraining?.end, window(rule, "trainingEnd"))],
  });

const extendedNorwegianWithRightAndDuty: Evaluator = (rule, p, asOf) =>
  decide(rule, asOf, {
    reasons: [
      isTrue("right-and-duty", "norwegianTraining.rightAndDuty", p.norwegianTraining?.rightAndDuty),
      dateInWindow("training-end-in-window", "norwegianTraining.end", p.norwegianTraining?.end, window(rule, "trainingEnd")),
    ],
  });

/** The three-year frame only applies with the end goal "completed upper secondary". */
const reinforced: Evaluator = (rule, p, asOf) => {
  const upperSecondaryGoal = p.endGoal === "upper-secondary";
  return decide(rule, asOf, {
    reasons: [dateInWindow("programme-start-in-window", "programme.start", p.programme?.start, window(rule, "programmeStart"))],
    figures: upperSecondaryGoal ? {} : { maxMonths: null, extensionMonths: null },
  });
};

const career: Evaluator = (rule, p, asOf) => decide(rule, asOf, { reasons: [programmeParticipant(p.programme)] });

export const COVID_EVALUATORS: Record<CovidRuleId, Evaluator> = {
  "IP1-PROG": extendedProgrammeFromStart,
  "IP2-PROG": extendedProgrammeFromStart,
  "IP3-PROG": extendedProgrammeFromStart,
  "Q122-PROG": extendedProgrammeFromEnd,
  "IP1-NOR": extendedNorwegian,
  "IP2-NOR": extendedNorwegianWithRightAndDuty,
  "IP3-NOR": extendedNorwegianWithRightAndDuty,
  "Q122-NOR": extendedNorwegianWithRightAndDuty,
  REINF: reinforced,
  CAREER: career,
};
