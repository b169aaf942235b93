import { addMonths, lastDay, maxDate } from "../dates";
import type { IsoDate, Rule, WindowName } from "../types";

/**
 * Windows on the date something ended (a programme, Norwegian training): the extension they give runs
 * after that end, for up to the rule's months, so the rule stays current until then (domain note 9).
 */
const END_WINDOWS: ReadonlySet<WindowName> = new Set(["programmeEnd", "trainingEnd"]);

/**
 * The last date a rule is relevant: its validity end, the end of its windows (for a window on an end
 * date, plus the months of extension it gives), and its fixed deadlines. Undefined when the rule has no
 * end (ordinary rules, collective protection with an unconfirmed end).
 */
export function lastRelevantDate(rule: Rule): IsoDate | undefined {
  const dates: IsoDate[] = [];
  if (rule.validity.to) dates.push(rule.validity.to);
  if ("windows" in rule) {
    for (const [name, w] of Object.entries(rule.windows) as [WindowName, (typeof rule.windows)[WindowName]][]) {
      const last = w && lastDay(w);
      if (!last) continue;
      const months = rule.figures.maxMonths;
      dates.push(END_WINDOWS.has(name) && months ? addMonths(last, months) : last);
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
