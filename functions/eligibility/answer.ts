import { evaluate, RULES_VERSION, todayInOslo, type EligibilityRequest, type Lang } from "../core/rules";
import type { EligibilityAnswer } from "../core/rules/answerSchema";
import { makeReceipt } from "../core/receipt/receipt";
import { wordDetermination } from "../core/rules/wording";

/** The eligibility answer in one language, with its receipt: the same shape the browser checker builds from the same engine. */
export async function eligibilityAnswer(request: EligibilityRequest, lang: Lang, now: Date = new Date()): Promise<EligibilityAnswer> {
  const asOf = request.asOf ?? todayInOslo(now);
  const determinations = evaluate(request.person, asOf);
  return {
    asOf,
    rulesVersion: RULES_VERSION,
    lang,
    determinations: determinations.map((d) => wordDetermination(d, lang)),
    receipt: await makeReceipt({ asOf, person: request.person }, determinations),
  };
}
