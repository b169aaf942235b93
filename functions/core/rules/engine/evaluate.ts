import { PERSON_RULES } from "../catalog";
import type { Person } from "../schema";
import { LEGAL_BASES, type IsoDate, type LegalBasis, type PersonRule, type PersonRuleId } from "../types";
import { caseOf } from "./case";
import { COLLECTIVE_EVALUATORS } from "./collective";
import { whyOutsideChapter6A } from "./conditions";
import { COVID_EVALUATORS } from "./covid";
import { prepareRule, type Evaluator, type EvaluatorOf } from "./decide";
import type { Determination } from "./determination";
import { ORDINARY_EVALUATORS } from "./ordinary";

/** One evaluator per person rule: a full record, so a rule without one is a compile error. */
const EVALUATORS: Record<PersonRuleId, EvaluatorOf> = { ...COVID_EVALUATORS, ...COLLECTIVE_EVALUATORS, ...ORDINARY_EVALUATORS };

/**
 * Each rule's evaluator, built once with the rule's fixed parts when the module loads (so a rule whose
 * evaluator misses a window fails there, not on someone's answer).
 */
const EVALUATOR_OF = new Map<PersonRule, Evaluator>(PERSON_RULES.map((rule) => [rule, EVALUATORS[rule.id as PersonRuleId](prepareRule(rule))]));
// Every person rule has one: the map is built from the same list.
const evaluatorsOf = (rules: PersonRule[]): Evaluator[] => rules.map((rule) => EVALUATOR_OF.get(rule)!);

/** Rules per legal basis, in catalog order. */
const RULES_BY_BASIS = new Map<LegalBasis, Evaluator[]>(
  LEGAL_BASES.map((basis) => [basis, evaluatorsOf(PERSON_RULES.filter((r) => r.appliesTo.includes(basis)))]),
);

/**
 * Where chapter 6A does not apply to a person with collective protection, the ordinary rules of
 * integreringsloven do (IMDi's guide to the act, chapter 8: "Der integreringsloven kapittel 6A ikke har
 * en særregel, gjelder de alminnelige reglene").
 */
const CHAPTER_6A_FALLBACK = evaluatorsOf(PERSON_RULES.filter((r) => r.group === "ordinary"));
const NO_RULES: Evaluator[] = [];

/**
 * One determination per rule that applies to the person's legal basis, on the assessment date `asOf`.
 * Pure and total: any schema-valid person gives an answer, never an exception. A person with collective
 * protection outside chapter 6A (a permit before its window, or a date before it came into force) gets
 * the chapter 6A rules as not entitled and the ordinary rules, each with the reason and a note; with no
 * permit date, chapter 6A asks for it and the ordinary rules are not guessed.
 */
export function evaluate(person: Person, asOf: IsoDate): Determination[] {
  const c = prepareCase(person, asOf);
  const evaluators = RULES_BY_BASIS.get(c.legalBasis) ?? NO_RULES;
  const fallback = c.outsideChapter6A === undefined ? NO_RULES : CHAPTER_6A_FALLBACK;
  // One array of the final length: pushing into an empty one would grow it on the way.
  const out = new Array<Determination>(evaluators.length + fallback.length);
  let i = 0;
  for (const evaluator of evaluators) out[i++] = evaluator(c);
  for (const evaluator of fallback) out[i++] = evaluator(c);
  return out;
}

/**
 * One rule for one person, the rule given rather than the catalog's: a changed version of it, say (the
 * receipt's verification evaluates a later catalog's). Its evaluator is built for the call; for the
 * catalog's own rules `evaluate` is the way (built once, and in the order and with the fallback it answers).
 */
export function evaluateRule(rule: PersonRule, person: Person, asOf: IsoDate): Determination {
  return EVALUATORS[rule.id as PersonRuleId](prepareRule(rule))(prepareCase(person, asOf));
}

function prepareCase(person: Person, asOf: IsoDate) {
  const c = caseOf(person, asOf);
  if (c.legalBasis === "collective-protection") c.outsideChapter6A = whyOutsideChapter6A(c);
  return c;
}
