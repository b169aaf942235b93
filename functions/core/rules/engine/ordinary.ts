import * as ord from "../catalog/ordinary";
import type { RuleId } from "../types";
import { settlementDeadline } from "./deadlines";
import { decide, type Evaluator } from "./decide";
import type { ComputedDeadline } from "./determination";

/** Evaluators of the ordinary programme steps under integreringsloven. */

const plain: Evaluator = (rule, _p, asOf) => decide(rule, asOf, { reasons: [] });

const deadlineFromSettlement =
  (what: ComputedDeadline["what"]): Evaluator =>
  (rule, p, asOf) =>
    decide(rule, asOf, settlementDeadline(rule, p, what));

export const ORDINARY_EVALUATORS: Partial<Record<RuleId, Evaluator>> = {
  [ord.ordinaryMapping.id]: plain,
  [ord.ordinaryCareer.id]: plain,
  [ord.ordinaryPlan.id]: plain,
  [ord.ordinaryContract.id]: plain,
  [ord.ordinaryFullTime.id]: plain,
  [ord.ordinaryDecisionDeadline.id]: deadlineFromSettlement("decision"),
  [ord.ordinaryNorwegian.id]: deadlineFromSettlement("norwegian-start"),
  [ord.ordinaryRegister.id]: plain,
};
