import { addMonths } from "../dates";
import type { Case } from "./case";
import type { PreparedRule } from "./decide";
import type { ComputedDeadline } from "./determination";

/**
 * A deadline counted in whole months from the settlement date (see the MONTH-ARITHMETIC note). The rule
 * checks that the settlement date is known (`dateKnown`); without it there is nothing to count from.
 */
export function settlementDeadlines(p: PreparedRule, c: Case, what: ComputedDeadline["what"]): ComputedDeadline[] {
  const settled = c.settled?.iso;
  if (!settled) return [];
  const months = p.deadlineMonths ?? 0;
  return [{ what, fromField: "settled", from: settled, months, due: addMonths(settled, months) }];
}
