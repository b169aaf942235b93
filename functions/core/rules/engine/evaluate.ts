import { PERSON_RULES } from "../catalog";
import { CHAPTER_6A_VALIDITY, PERMIT_WINDOW } from "../catalog/collectiveProtection";
import type { Person } from "../schema";
import { LEGAL_BASES, type IsoDate, type LegalBasis, type NoteId, type PersonRule, type PersonRuleId } from "../types";
import { COLLECTIVE_EVALUATORS } from "./collective";
import { outsideChapter6A } from "./conditions";
import { COVID_EVALUATORS } from "./covid";
import type { Evaluator } from "./decide";
import type { Determination } from "./determination";
import { ORDINARY_EVALUATORS } from "./ordinary";

/** One evaluator per person rule: a full record, so a rule without one is a compile error. */
const EVALUATORS: Record<PersonRuleId, Evaluator> = { ...COVID_EVALUATORS, ...COLLECTIVE_EVALUATORS, ...ORDINARY_EVALUATORS };

interface Evaluated {
  rule: PersonRule;
  evaluator: Evaluator;
}

const withEvaluator = (rule: PersonRule): Evaluated => ({ rule, evaluator: EVALUATORS[rule.id as PersonRuleId] });

/** Rules per legal basis, in catalog order; computed once. */
const RULES_BY_BASIS = new Map<LegalBasis, Evaluated[]>(
  LEGAL_BASES.map((basis) => [basis, PERSON_RULES.filter((r) => r.appliesTo.includes(basis)).map(withEvaluator)]),
);

/**
 * Where chapter 6A does not apply to a person with collective protection, the ordinary rules of
 * integreringsloven do (IMDi's guide to the act, chapter 8: "Der integreringsloven kapittel 6A ikke har
 * en særregel, gjelder de alminnelige reglene").
 */
const CHAPTER_6A_FALLBACK = PERSON_RULES.filter((r) => r.group === "ordinary").map(withEvaluator);
const FALLBACK_NOTE: NoteId = "CHAPTER-6A-NOT-APPLICABLE";

/**
 * One determination per rule that applies to the person's legal basis, on the assessment date `asOf`.
 * Pure and total: any schema-valid person gives an answer, never an exception. A person with collective
 * protection outside chapter 6A (a permit before its window, or a date before it came into force) gets
 * the chapter 6A rules as not entitled and the ordinary rules, each with the reason and a note; with no
 * permit date, chapter 6A asks for it and the ordinary rules are not guessed.
 */
export function evaluate(person: Person, asOf: IsoDate): Determination[] {
  const rules = RULES_BY_BASIS.get(person.legalBasis) ?? [];
  const out = rules.map(({ rule, evaluator }) => evaluator(rule, person, asOf));
  if (person.legalBasis !== "collective-protection") return out;
  const outside = outsideChapter6A(person.permitGranted, PERMIT_WINDOW, CHAPTER_6A_VALIDITY.from, asOf);
  if (!outside) return out;
  for (const d of out) d.notes = [...d.notes, FALLBACK_NOTE];
  for (const { rule, evaluator } of CHAPTER_6A_FALLBACK) {
    const d = evaluator(rule, person, asOf);
    d.reasons.unshift({ ...outside });
    d.notes = [...d.notes, FALLBACK_NOTE];
    out.push(d);
  }
  return out;
}
