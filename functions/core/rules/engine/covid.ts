import * as covid from "../catalog/covid";
import type { PersonRule, RuleId } from "../types";
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

export const COVID_EVALUATORS: Partial<Record<RuleId, Evaluator>> = {
  [covid.extendedProgrammePackageI.id]: extendedProgrammeFromStart,
  [covid.extendedProgrammePackageII.id]: extendedProgrammeFromStart,
  [covid.extendedProgrammePackageIII.id]: extendedProgrammeFromStart,
  [covid.extendedProgrammeQ1of2022.id]: extendedProgrammeFromEnd,
  [covid.extendedNorwegianPackageI.id]: extendedNorwegian,
  [covid.extendedNorwegianPackageII.id]: extendedNorwegianWithRightAndDuty,
  [covid.extendedNorwegianPackageIII.id]: extendedNorwegianWithRightAndDuty,
  [covid.extendedNorwegianQ1of2022.id]: extendedNorwegianWithRightAndDuty,
  [covid.reinforcedProgramme.id]: reinforced,
  [covid.careerGuidance.id]: career,
};
