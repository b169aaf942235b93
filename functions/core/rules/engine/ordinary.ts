import type { OrdinaryRuleId } from "../types";
import { settlementDeadlines } from "./deadlines";
import { checks, decide, type EvaluatorOf } from "./decide";
import type { ComputedDeadline } from "./determination";

/** Evaluators of the ordinary programme steps under integreringsloven. */

const plain: EvaluatorOf = (p) => (c) => decide(p, c, checks(p, c));

const deadlineFromSettlement =
  (what: ComputedDeadline["what"]): EvaluatorOf =>
  (p) =>
  (c) =>
    decide(p, c, checks(p, c).dateKnown("settled", c.settled), undefined, settlementDeadlines(p, c, what));

export const ORDINARY_EVALUATORS: Record<OrdinaryRuleId, EvaluatorOf> = {
  "ORD-MAP": plain,
  "ORD-CAREER": plain,
  "ORD-PLAN": plain,
  "ORD-CONTRACT": plain,
  "ORD-FULLTIME": plain,
  "ORD-DECIDE": deadlineFromSettlement("decision"),
  "ORD-NOR": deadlineFromSettlement("norwegian-start"),
  "ORD-NIR": plain,
};
