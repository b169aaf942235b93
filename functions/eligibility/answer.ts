import { evaluate, RULES_VERSION, todayInOslo, type EligibilityRequest, type Lang } from "../core/rules";
import type { EligibilityAnswer } from "../core/rules/answerSchema";
import { wordDetermination } from "../core/rules/wording";

/** The eligibility answer in one language: the same shape the browser checker builds from the same engine. */
export function eligibilityAnswer(request: EligibilityRequest, lang: Lang, now: Date = new Date()): EligibilityAnswer {
  const asOf = request.asOf ?? todayInOslo(now);
  return {
    asOf,
    rulesVersion: RULES_VERSION,
    lang,
    determinations: evaluate(request.person, asOf).map((d) => wordDetermination(d, lang)),
  };
}
