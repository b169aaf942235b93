import { PERSON_RULES } from "../catalog";
import type { Person } from "../schema";
import type { IsoDate, RuleId } from "../types";
import { COLLECTIVE_EVALUATORS } from "./collective";
import { COVID_EVALUATORS } from "./covid";
import type { Evaluator } from "./decide";
import type { Determination } from "./determination";
import { ORDINARY_EVALUATORS } from "./ordinary";

const EVALUATORS: Partial<Record<RuleId, Evaluator>> = {
  ...COVID_EVALUATORS,
  ...COLLECTIVE_EVALUATORS,
  ...ORDINARY_EVALUATORS,
};

/** Rules per legal basis, in catalog order; computed once. */
const RULES_BY_BASIS = new Map(
  (["introduksjonsloven", "integreringsloven", "collective-protection"] as const).map((basis) => [
    basis,
    PERSON_RULES.filter((r) => r.appliesTo.includes(basis)).map((rule) => {
      const evaluator = EVALUATORS[rule.id];
      if (!evaluator) throw new Error(`No evaluator for ${rule.id}`);
      return { rule, evaluator };
    }),
  ]),
);

/**
 * One determination per rule that applies to the person's legal basis, on the assessment date `asOf`.
 * Pure and total: any schema-valid person gives an answer, never an exception.
 */
export function evaluate(person: Person, asOf: IsoDate): Determination[] {
  const rules = RULES_BY_BASIS.get(person.legalBasis) ?? [];
  return rules.map(({ rule, evaluator }) => evaluator(rule, person, asOf));
}
