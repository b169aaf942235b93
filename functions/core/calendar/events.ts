import { formatters, packFor } from "../i18n";
import { OUTPUT_STRINGS } from "../i18n/outputs";
import type { Determination } from "../rules/engine/determination";
import type { IsoDate, Lang } from "../rules/types";

/**
 * Deadlines as calendar events, the pure part: one all-day event per computed deadline, on its due date
 * in Norway (a date, not an instant). `functions/formats/calendar.ts` writes them as iCalendar. A title
 * carries the deadline, the rule and the reference the caseworker typed — never anything else about the
 * person.
 */
export interface DeadlineEvent {
  /** Stable across downloads, so a calendar updates the event rather than adding it twice. */
  uid: string;
  date: IsoDate;
  title: string;
  description: string;
}

export interface EventSource {
  determinations: readonly Determination[];
  /** What the caseworker typed (a case number, a row reference); empty or absent for none. */
  reference?: string;
  /** Distinguishes the rows of a list in the uid ("row-12"). */
  key?: string;
}

/** Longest reference kept in a title: a case number, not a note. */
export const MAX_REFERENCE = 60;

export function deadlineEvents(sources: readonly EventSource[], lang: Lang, rulesVersion: string): DeadlineEvent[] {
  const pack = packFor(lang);
  const f = formatters(lang);
  return sources.flatMap(({ determinations, reference, key }) => {
    const ref = reference?.replace(/\s+/g, " ").trim().slice(0, MAX_REFERENCE);
    return determinations.flatMap((d) =>
      d.deadlines.map((x) => ({
        uid: `${[key, d.rule, x.what, x.due].filter(Boolean).join("-")}@rettsjekk`,
        date: x.due,
        title: `${ref ? `${ref}: ` : ""}${OUTPUT_STRINGS[lang].deadlineKinds[x.what]} (${d.rule})`,
        description: `${pack.deadline(x, f)}\n${pack.rules[d.rule].title} (${d.rule}).\nRettsjekk ${rulesVersion}`,
      })),
    );
  });
}
