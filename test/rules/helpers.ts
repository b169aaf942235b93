import { evaluate, type Determination, type Person, type RuleId } from "../../functions/core/rules";

export const TODAY = "2026-11-22";

export function determination(person: Person, rule: RuleId, asOf = TODAY): Determination {
  const d = evaluate(person, asOf).find((x) => x.rule === rule);
  if (!d) throw new Error(`${rule} does not apply to ${person.legalBasis}`);
  return d;
}

export function statusOf(person: Person, rule: RuleId, asOf = TODAY) {
  return determination(person, rule, asOf).status;
}
