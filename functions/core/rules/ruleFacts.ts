import { listedAllocationSum } from "./catalog/grants";
import type { DateWindow, Figures, GrantFigures, IsoDate, ReferenceDateName, Rule, RuleId, WindowName } from "./types";

/**
 * One flat view of a rule's figures, for the words that state them (`core/i18n/<lang>/rules.ts` writes
 * such a text as a function of this view, so a figure is typed once, in the catalog). Person rules and
 * grant schemes look alike here; what a rule does not have is absent.
 */
export interface RuleFacts {
  id: RuleId;
  figures: Figures & GrantFigures;
  windows: Partial<Record<WindowName, DateWindow>>;
  referenceDates: Partial<Record<ReferenceDateName, IsoDate>>;
  /** Amounts by id, whole NOK (the first of an id; `amountList` has them all). */
  amounts: Record<string, number>;
  /** The sum of the listed allocations (0 without any). */
  listedSum: number;
}

export function ruleFacts(rule: Rule): RuleFacts {
  const amounts = ("amounts" in rule ? (rule.amounts ?? []) : []).reduce<Record<string, number>>(
    (acc, a) => (a.id in acc ? acc : { ...acc, [a.id]: a.nok }),
    {},
  );
  if ("conditions" in rule) {
    return { id: rule.id, figures: { ...rule.figures }, windows: {}, referenceDates: {}, amounts, listedSum: listedAllocationSum(rule) };
  }
  return { id: rule.id, figures: rule.figures, windows: rule.windows, referenceDates: rule.referenceDates, amounts, listedSum: 0 };
}
