import type { CovidRuleId, PersonRule } from "../types";
import { dayDate, dayWindow } from "./case";
import { checks, decide, type EvaluatorOf, type PersonFigures } from "./decide";

/** Evaluators of the COVID-19 package rules. Every date they compare with comes from the catalog. */

const window = (rule: PersonRule, name: keyof PersonRule["windows"]) => {
  const w = rule.windows[name];
  if (!w) throw new Error(`${rule.id} has no ${name} window`);
  return dayWindow(w);
};

const reference = (rule: PersonRule, name: keyof PersonRule["referenceDates"]) => {
  const d = rule.referenceDates[name];
  if (!d) throw new Error(`${rule.id} has no ${name} date`);
  return dayDate(d);
};

/** Started in the window, and still in the programme on the reference date (package I: on or after it). */
const extendedProgrammeFromStart: EvaluatorOf = (p) => {
  const start = window(p.rule, "programmeStart");
  if (p.rule.referenceDates.participatingFrom) {
    const from = reference(p.rule, "participatingFrom");
    return (c) =>
      decide(p, c, checks(p, c).dateInWindow("programme-start-in-window", "programme.start", c.programmeStart, start).participatingOnOrAfter(c, from));
  }
  const on = reference(p.rule, "participatingOn");
  return (c) =>
    decide(p, c, checks(p, c).dateInWindow("programme-start-in-window", "programme.start", c.programmeStart, start).participatingOn(c, on));
};

const extendedProgrammeFromEnd: EvaluatorOf = (p) => {
  const end = window(p.rule, "programmeEnd");
  return (c) => decide(p, c, checks(p, c).dateInWindow("programme-end-in-window", "programme.end", c.programmeEnd, end));
};

const extendedNorwegian: EvaluatorOf = (p) => {
  const end = window(p.rule, "trainingEnd");
  return (c) => decide(p, c, checks(p, c).dateInWindow("training-end-in-window", "norwegianTraining.end", c.trainingEnd, end));
};

const extendedNorwegianWithRightAndDuty: EvaluatorOf = (p) => {
  const end = window(p.rule, "trainingEnd");
  return (c) =>
    decide(
      p,
      c,
      checks(p, c)
        .isTrue("right-and-duty", "norwegianTraining.rightAndDuty", c.rightAndDuty)
        .dateInWindow("training-end-in-window", "norwegianTraining.end", c.trainingEnd, end),
    );
};

/** The three-year frame only applies with the end goal "completed upper secondary". */
const UPPER_SECONDARY_GOAL: PersonFigures = {};
const OTHER_GOAL: PersonFigures = { maxMonths: null, extensionMonths: null };

const reinforced: EvaluatorOf = (p) => {
  const start = window(p.rule, "programmeStart");
  return (c) =>
    decide(
      p,
      c,
      checks(p, c).dateInWindow("programme-start-in-window", "programme.start", c.programmeStart, start),
      c.endGoal === "upper-secondary" ? UPPER_SECONDARY_GOAL : OTHER_GOAL,
    );
};

const career: EvaluatorOf = (p) => (c) => decide(p, c, checks(p, c).programmeParticipant(c));

export const COVID_EVALUATORS: Record<CovidRuleId, EvaluatorOf> = {
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
