import { lastDay, maxDate } from "../dates";
import type { IsoDate, Rule } from "../types";

/**
 * The last date a rule is relevant: its validity end, the end of its windows, and its fixed deadlines.
 * Undefined when the rule has no end (ordinary rules, collective protection with an unconfirmed end).
 */
export function lastRelevantDate(rule: Rule): IsoDate | undefined {
  const dates: IsoDate[] = [];
  if (rule.validity.to) dates.push(rule.validity.to);
  if ("windows" in rule) {
    for (const w of Object.values(rule.windows)) {
      const last = w && lastDay(w);
      if (last) dates.push(last);
    }
  }
  if ("deadlines" in rule) for (const d of rule.deadlines) if (d.date) dates.push(d.date);
  if (dates.length === 0) return undefined;
  // Collective protection has an open window; an end only counts when the rule has a confirmed one.
  if ("windows" in rule && rule.validity.to === undefined && Object.values(rule.windows).some((w) => w && !w.to)) {
    return undefined;
  }
  return dates.reduce(maxDate);
}

/** Historical: the window or deadline has passed on `asOf` (marked automatically, by date). */
export function isHistorical(rule: Rule, asOf: IsoDate): boolean {
  const last = lastRelevantDate(rule);
  return last !== undefined && asOf > last;
}
