import { daysBetween, inWindow, nearestInWindow } from "../dates";
import type { DateWindow, EndGoal, IsoDate, PersonField } from "../types";
import type { ConditionCode, Miss, Reason } from "./determination";

/**
 * Builders for the conditions a rule checks. Each returns a Reason with `held` true, false, or null when
 * the input does not say. Three-valued on purpose: a known failure decides a rule even when other fields
 * are missing.
 */

type Programme = { start?: IsoDate; end?: IsoDate } | undefined;

export function dateInWindow(
  condition: Extract<ConditionCode, `${string}-in-window`>,
  field: PersonField,
  actual: IsoDate | undefined,
  window: DateWindow,
): Reason {
  return withActual({ condition, field, window, held: actual === undefined ? null : inWindow(actual, window) }, actual);
}

/** "Still participating on D": start ≤ D ≤ end, an absent end meaning ongoing (the brief's convention). */
export function participatingOn(programme: Programme, date: IsoDate): Reason {
  const start = programme?.start;
  const end = programme?.end;
  const base = { condition: "participating-on" as const, date, period: { start, end } };
  // A programme that ended before the date was not running on it, whatever its start.
  if (end !== undefined && end < date) return { ...base, field: "programme.end", held: false };
  if (start === undefined) return { ...base, field: "programme.start", held: null };
  if (start > date) return { ...base, field: "programme.start", held: false };
  return { ...base, field: "programme.end", held: true };
}

/** Still in the programme on or after D: it had not ended before D. */
export function participatingOnOrAfter(programme: Programme, date: IsoDate): Reason {
  const end = programme?.end;
  const base = { condition: "participating-on-or-after" as const, date, period: { start: programme?.start, end } };
  if (programme?.start === undefined && end === undefined) return { ...base, field: "programme.end", held: null };
  return { ...base, field: "programme.end", held: end === undefined || end >= date };
}

export function programmeParticipant(programme: Programme): Reason {
  const start = programme?.start;
  return {
    condition: "programme-participant",
    field: "programme.start",
    period: { start, end: programme?.end },
    held: start === undefined ? null : true,
  };
}

export function isTrue(
  condition: "right-and-duty" | "children-under-18" | "upper-secondary",
  field: PersonField,
  actual: boolean | undefined,
  expected = true,
): Reason {
  return withActual({ condition, field, expected, held: actual === undefined ? null : actual === expected }, actual);
}

export function ageUnder(actual: number | undefined, limit: number): Reason {
  return withActual({ condition: "age-under", field: "age", max: limit, held: actual === undefined ? null : actual < limit }, actual);
}

export function ageAtLeast(actual: number | undefined, limit: number): Reason {
  return withActual({ condition: "age-at-least", field: "age", min: limit, held: actual === undefined ? null : actual >= limit }, actual);
}

/**
 * From the `min`th birthday until the `max`th: "mellom 18 og 67 år" is read as 18 up to (not including) 67,
 * half-open like the date windows (the UA-NOR-AGE-67 note says so).
 */
export function ageBetween(actual: number | undefined, min: number, max: number): Reason {
  const held = actual === undefined ? null : actual >= min && actual < max;
  return withActual({ condition: "age-between", field: "age", min, max, held }, actual);
}

export function endGoalIn(actual: EndGoal | undefined, expected: EndGoal[]): Reason {
  return withActual({ condition: "end-goal", field: "endGoal", expected, held: actual === undefined ? null : expected.includes(actual) }, actual);
}

export function dateKnown(field: PersonField, actual: IsoDate | undefined): Reason {
  return withActual({ condition: "date-known", field, held: actual === undefined ? null : true }, actual);
}

/** Sets the person's value only when given, without a spread (this is on the batch hot path). */
function withActual(r: Reason, actual: Reason["actual"]): Reason {
  if (actual !== undefined) r.actual = actual;
  return r;
}

/**
 * Why the ordinary rules apply to a person with collective protection (chapter 6A's fallback): the permit
 * was granted before chapter 6A's permit window, or chapter 6A was not yet in force on the assessment date.
 * Undefined when chapter 6A does apply or the permit date is unknown (then nothing is guessed).
 */
export function outsideChapter6A(
  permitGranted: IsoDate | undefined,
  permitWindow: DateWindow,
  inForceFrom: IsoDate,
  asOf: IsoDate,
): Reason | undefined {
  const condition = "chapter-6a-not-applicable" as const;
  if (permitGranted !== undefined && !inWindow(permitGranted, permitWindow)) {
    return { condition, field: "permitGranted", actual: permitGranted, window: permitWindow, held: true };
  }
  if (asOf < inForceFrom) return { condition, date: inForceFrom, actual: asOf, held: true };
  return undefined;
}

/** Only where the sources give a first day; a rule not yet in force on the assessment date does not apply. */
export function inForce(from: IsoDate, asOf: IsoDate): Reason {
  return { condition: "rules-in-force", date: from, actual: asOf, held: asOf >= from };
}

/** What would have to be different: for dates, the nearest qualifying date and the distance in days. */
export function missFor(reason: Reason): Miss {
  const miss: Miss = { condition: reason.condition, reason, ...(reason.field && { field: reason.field }) };
  const nearest = nearestDate(reason);
  if (nearest !== undefined) {
    miss.nearest = nearest.date;
    miss.days = Math.abs(daysBetween(nearest.from, nearest.date));
  }
  return miss;
}

function nearestDate(r: Reason): { from: IsoDate; date: IsoDate } | undefined {
  if (r.window && typeof r.actual === "string") return { from: r.actual, date: nearestInWindow(r.actual, r.window) };
  if ((r.condition === "participating-on" || r.condition === "participating-on-or-after") && r.date && r.period) {
    const { start, end } = r.period;
    if (r.condition === "participating-on" && start !== undefined && start > r.date) return { from: start, date: r.date };
    if (end !== undefined && end < r.date) return { from: end, date: r.date };
  }
  if (r.condition === "rules-in-force" && r.date && typeof r.actual === "string") return { from: r.actual, date: r.date };
  return undefined;
}
