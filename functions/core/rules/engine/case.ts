import { dayNumber, lastDay } from "../dates";
import type { Person } from "../schema";
import type { DateWindow, IsoDate } from "../types";

/**
 * Dates as the engine compares them. The catalog and the answers write dates as ISO strings; comparing
 * two strings costs several times comparing two integers, and one person takes dozens of comparisons.
 * So every date is read once into a day number (`dayNumber`): the catalog's when the engine is built, a
 * person's when an evaluation starts. The strings stay beside the numbers: the answers report them.
 */

/** A date with its day number. */
export interface DayDate {
  iso: IsoDate;
  day: number;
}

export const dayDate = (iso: IsoDate): DayDate => ({ iso, day: dayNumber(iso) });

const dayDateOrUndefined = (iso: IsoDate | undefined): DayDate | undefined => (iso === undefined ? undefined : dayDate(iso));

/** A catalog window as day numbers: `from ≤ day < end` (an inclusive `to` ends the day after; an open bound is infinite). */
export interface DayWindow {
  /** The catalog's window, reported in the reasons as it is. */
  window: DateWindow;
  from: number;
  end: number;
  /** Its first and last days, where it has them: the nearest dates that would do for a date outside it. */
  first: DayDate | undefined;
  last: DayDate | undefined;
}

export function dayWindow(window: DateWindow): DayWindow {
  const first = window.from === undefined ? undefined : dayDate(window.from);
  const lastIso = lastDay(window);
  const last = lastIso === undefined ? undefined : dayDate(lastIso);
  return { window, from: first?.day ?? -Infinity, end: last === undefined ? Infinity : last.day + 1, first, last };
}

export const inDayWindow = (day: number, w: DayWindow): boolean => day >= w.from && day < w.end;

/**
 * Why chapter 6A does not apply to a person with collective protection, so the ordinary rules do (its
 * fallback): the permit was granted before chapter 6A's permit window, or chapter 6A was not yet in
 * force on the assessment date.
 */
export type OutsideChapter6A = "permit-before-window" | "not-in-force";

/**
 * One person on one assessment date, as the evaluators read it: prepared once per evaluation. Every fact
 * is read from the person here, once: people come in as many shapes as there are combinations of
 * answered fields, and a property read on objects of many shapes is a slow lookup, while the case always
 * has this one.
 */
export interface Case {
  legalBasis: Person["legalBasis"];
  asOf: DayDate;
  programmeStart: DayDate | undefined;
  programmeEnd: DayDate | undefined;
  trainingEnd: DayDate | undefined;
  rightAndDuty: boolean | undefined;
  age: number | undefined;
  upperSecondary: boolean | undefined;
  endGoal: Person["endGoal"];
  childrenUnder18: boolean | undefined;
  settled: DayDate | undefined;
  permitGranted: DayDate | undefined;
  /** Set (by `evaluate`) for a person with collective protection outside chapter 6A. */
  outsideChapter6A: OutsideChapter6A | undefined;
}

/**
 * The last assessment date read, kept: a list evaluates every participant on the same date, so it is read
 * once per list rather than once per person. Nothing changes a DayDate, so cases can share it.
 */
let lastAsOf: DayDate = dayDate("1970-01-01");
const asOfDay = (iso: IsoDate): DayDate => (iso === lastAsOf.iso ? lastAsOf : (lastAsOf = dayDate(iso)));

export function caseOf(person: Person, asOf: IsoDate): Case {
  const { programme, norwegianTraining } = person;
  return {
    legalBasis: person.legalBasis,
    asOf: asOfDay(asOf),
    programmeStart: dayDateOrUndefined(programme?.start),
    programmeEnd: dayDateOrUndefined(programme?.end),
    trainingEnd: dayDateOrUndefined(norwegianTraining?.end),
    rightAndDuty: norwegianTraining?.rightAndDuty,
    age: person.age,
    upperSecondary: person.upperSecondary,
    endGoal: person.endGoal,
    childrenUnder18: person.childrenUnder18,
    settled: dayDateOrUndefined(person.settled),
    permitGranted: dayDateOrUndefined(person.permitGranted),
    outsideChapter6A: undefined,
  };
}
