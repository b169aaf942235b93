import { addMonths } from "../dates";
import type { Person } from "../schema";
import type { PersonRule } from "../types";
import { dateKnown } from "./conditions";
import type { ComputedDeadline } from "./determination";

/**
 * A deadline counted in whole months from the settlement date (see the MONTH-ARITHMETIC note): the
 * settlement date must be known, and the deadline is computed from it.
 */
export function settlementDeadline(rule: PersonRule, p: Person, what: ComputedDeadline["what"]) {
  const months = rule.figures.deadlineMonths ?? 0;
  const deadlines: ComputedDeadline[] = p.settled
    ? [{ what, fromField: "settled", from: p.settled, months, due: addMonths(p.settled, months) }]
    : [];
  return { reasons: [dateKnown("settled", p.settled)], deadlines };
}
