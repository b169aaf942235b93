import type { OrdinaryRuleId } from "../types";
import { settlementDeadline } from "./deadlines";
import { decide, type Evaluator } from "./decide";
import type { ComputedDeadline } from "./determination";

/** Evaluators of the ordinary programme steps under integreringsloven. */

const plain: Evaluator = (rule, _p, asOf) => decide(rule, asOf, { reasons: [] });

const deadlineFromSettlement =
  (what: ComputedDeadline["what"]): Evaluator =>
  (rule, p, asOf) =>
    decide(rule, asOf, settlementDeadline(rule, p, what));

export const ORDINARY_EVALUATORS: Record<OrdinaryRuleId, Evaluator> = {
  "ORD-MAP": plain,
  "ORD-CAREER": plain,
  "ORD-PLAN": plain,
  "ORD-CONTRACT": plain,
  "ORD-FULLTIME": plain,
  "ORD-DECIDE": deadlineFromSettlement("decision"),
  "ORD-NOR": deadlineFromSettlement("norwegian-start"),
  "ORD-NIR": plain,
};
