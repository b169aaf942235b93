import { CHAPTER_6A_VALIDITY, PERMIT_WINDOW } from "../catalog/collectiveProtection";
import type { EndGoal, IsoDate, PersonField } from "../types";
import { dayDate, dayWindow, inDayWindow, type Case, type DayDate, type DayWindow, type OutsideChapter6A } from "./case";
import type { ConditionCode, Miss, Reason } from "./determination";

/**
 * The conditions of one determination, checked in order: `checks(rule, case)` (decide.ts) starts them,
 * each method checks one and records its Reason, with `held` true, false, or null when the input does not
 * say. Three-valued on purpose: a known failure decides a rule even when other fields are missing.
 *
 * Each condition records what it decides where it is built: a failed one what would have to be different
 * (for a date, the nearest date that would do and how many days away), an unknown one the field that
 * would decide it. Nothing reads a reason back afterwards: reasons come in many shapes, and reading
 * objects of many shapes is a slow lookup, on a path that runs for every rule of every person in a list.
 * Dates are compared as day numbers (case.ts); the reasons report the ISO strings. Each reason is one
 * object literal in the key order the answers have always had (the golden determinations hold it).
 */
export class Checks {
  readonly reasons: Reason[] = [];
  /** What would have to be different, one per failed condition; undefined while none has failed. */
  nearestMiss: Miss[] | undefined = undefined;
  /** The fields of the conditions the input leaves open, each once. */
  missing: PersonField[] | undefined = undefined;
  unknown = false;

  private held(reason: Reason): this {
    this.reasons.push(reason);
    return this;
  }

  private open(reason: Reason, field: PersonField): this {
    this.reasons.push(reason);
    this.unknown = true;
    // Arrays start as literals of their first item: growing an empty one reserves room for sixteen.
    if (this.missing === undefined) this.missing = [field];
    else if (!this.missing.includes(field)) this.missing.push(field);
    return this;
  }

  private failed(reason: Reason, condition: ConditionCode, field: PersonField | undefined): this {
    return this.missed(reason, field !== undefined ? { condition, reason, field } : { condition, reason });
  }

  /** A failed condition on a date: `nearest` is the closest date that would have held, `days` away. */
  private failedDate(reason: Reason, condition: ConditionCode, field: PersonField | undefined, nearest: IsoDate, days: number): this {
    const miss: Miss = field !== undefined ? { condition, reason, field } : { condition, reason };
    miss.nearest = nearest;
    miss.days = days;
    return this.missed(reason, miss);
  }

  private missed(reason: Reason, miss: Miss): this {
    this.reasons.push(reason);
    if (this.nearestMiss === undefined) this.nearestMiss = [miss];
    else this.nearestMiss.push(miss);
    return this;
  }

  private decided(reason: Reason, held: boolean, condition: ConditionCode, field: PersonField): this {
    return held ? this.held(reason) : this.failed(reason, condition, field);
  }

  dateInWindow(condition: Extract<ConditionCode, `${string}-in-window`>, field: PersonField, actual: DayDate | undefined, w: DayWindow): this {
    const window = w.window;
    if (actual === undefined) return this.open({ condition, field, window, held: null }, field);
    if (inDayWindow(actual.day, w)) return this.held({ condition, field, window, held: true, actual: actual.iso });
    // Outside the window: before its first day (so it has one), or after its last.
    const nearest = actual.day < w.from ? w.first! : w.last!;
    const reason: Reason = { condition, field, window, held: false, actual: actual.iso };
    return this.failedDate(reason, condition, field, nearest.iso, Math.abs(nearest.day - actual.day));
  }

  /** "Still participating on D": start ≤ D ≤ end, an absent end meaning ongoing (the brief's convention). */
  participatingOn(c: Case, date: DayDate): this {
    const condition = "participating-on";
    const { programmeStart: start, programmeEnd: end } = c;
    const period = { start: start?.iso, end: end?.iso };
    // A programme that ended before the date was not running on it, whatever its start.
    if (end !== undefined && end.day < date.day) {
      const reason: Reason = { condition, date: date.iso, period, field: "programme.end", held: false };
      // The date it would have had to run until; from the start instead where the start lies after the date.
      const from = start !== undefined && start.day > date.day ? start : end;
      return this.failedDate(reason, condition, "programme.end", date.iso, Math.abs(date.day - from.day));
    }
    if (start === undefined) return this.open({ condition, date: date.iso, period, field: "programme.start", held: null }, "programme.start");
    if (start.day > date.day) {
      const reason: Reason = { condition, date: date.iso, period, field: "programme.start", held: false };
      return this.failedDate(reason, condition, "programme.start", date.iso, start.day - date.day);
    }
    return this.held({ condition, date: date.iso, period, field: "programme.end", held: true });
  }

  /** Still in the programme on or after D: it had not ended before D. */
  participatingOnOrAfter(c: Case, date: DayDate): this {
    const condition = "participating-on-or-after";
    const { programmeStart: start, programmeEnd: end } = c;
    const period = { start: start?.iso, end: end?.iso };
    const field = "programme.end";
    if (start === undefined && end === undefined) return this.open({ condition, date: date.iso, period, field, held: null }, field);
    if (end === undefined || end.day >= date.day) return this.held({ condition, date: date.iso, period, field, held: true });
    return this.failedDate({ condition, date: date.iso, period, field, held: false }, condition, field, date.iso, date.day - end.day);
  }

  programmeParticipant(c: Case): this {
    const condition = "programme-participant";
    const field = "programme.start";
    const start = c.programmeStart?.iso;
    const period = { start, end: c.programmeEnd?.iso };
    return start === undefined ? this.open({ condition, field, period, held: null }, field) : this.held({ condition, field, period, held: true });
  }

  isTrue(condition: "right-and-duty" | "upper-secondary", field: PersonField, actual: boolean | undefined, expected = true): this {
    if (actual === undefined) return this.open({ condition, field, expected, held: null }, field);
    const held = actual === expected;
    return this.decided({ condition, field, expected, held, actual }, held, condition, field);
  }

  /** Has children younger than `age` (the rule's `childrenUnderAge`, reported as the bound `max`). */
  childrenUnder(actual: boolean | undefined, age: number | undefined): this {
    const condition = "children-under-18";
    const field = "childrenUnder18";
    if (actual === undefined) return this.open({ condition, field, expected: true, held: null, max: age }, field);
    return this.decided({ condition, field, expected: true, held: actual, actual, max: age }, actual, condition, field);
  }

  /** Whether answered at all, either way (the extension's length depends on it, not its outcome). */
  answered(condition: "upper-secondary", field: PersonField, actual: boolean | undefined): this {
    if (actual === undefined) return this.open({ condition, field, held: null }, field);
    return this.held({ condition, field, actual, expected: actual, held: true });
  }

  ageUnder(actual: number | undefined, limit: number): this {
    const condition = "age-under";
    if (actual === undefined) return this.open({ condition, field: "age", max: limit, held: null }, "age");
    const held = actual < limit;
    return this.decided({ condition, field: "age", max: limit, held, actual }, held, condition, "age");
  }

  ageAtLeast(actual: number | undefined, limit: number): this {
    const condition = "age-at-least";
    if (actual === undefined) return this.open({ condition, field: "age", min: limit, held: null }, "age");
    const held = actual >= limit;
    return this.decided({ condition, field: "age", min: limit, held, actual }, held, condition, "age");
  }

  /**
   * From the `min`th birthday until the `max`th: "mellom 18 og 67 år" is read as 18 up to (not including)
   * 67, half-open like the date windows (the UA-NOR-AGE-67 note says so).
   */
  ageBetween(actual: number | undefined, min: number, max: number): this {
    const condition = "age-between";
    if (actual === undefined) return this.open({ condition, field: "age", min, max, held: null }, "age");
    const held = actual >= min && actual < max;
    return this.decided({ condition, field: "age", min, max, held, actual }, held, condition, "age");
  }

  endGoalIn(actual: EndGoal | undefined, expected: EndGoal[]): this {
    const condition = "end-goal";
    if (actual === undefined) return this.open({ condition, field: "endGoal", expected, held: null }, "endGoal");
    const held = expected.includes(actual);
    return this.decided({ condition, field: "endGoal", expected, held, actual }, held, condition, "endGoal");
  }

  dateKnown(field: PersonField, actual: DayDate | undefined): this {
    const condition = "date-known";
    return actual === undefined ? this.open({ condition, field, held: null }, field) : this.held({ condition, field, held: true, actual: actual.iso });
  }

  /** Only where the sources give a first day; a rule not yet in force on the assessment date does not apply. */
  inForce(from: DayDate, c: Case): this {
    const condition = "rules-in-force";
    if (c.asOf.day >= from.day) return this.held({ condition, date: from.iso, actual: c.asOf.iso, held: true });
    return this.failedDate({ condition, date: from.iso, actual: c.asOf.iso, held: false }, condition, undefined, from.iso, from.day - c.asOf.day);
  }

  /** Why an ordinary rule applies to a person with collective protection (chapter 6A's fallback): it holds. */
  outsideChapter6A(c: Case, why: OutsideChapter6A): this {
    const condition = "chapter-6a-not-applicable";
    return this.held(
      why === "permit-before-window"
        ? { condition, field: "permitGranted", actual: c.permitGranted?.iso, window: CHAPTER_6A_PERMITS.window, held: true }
        : { condition, date: CHAPTER_6A_FROM.iso, actual: c.asOf.iso, held: true },
    );
  }
}

/** Chapter 6A's permit window and first day, as day numbers. */
const CHAPTER_6A_PERMITS = dayWindow(PERMIT_WINDOW);
const CHAPTER_6A_FROM = dayDate(CHAPTER_6A_VALIDITY.from);

/**
 * Whether the ordinary rules apply to a person with collective protection instead of chapter 6A (its
 * fallback). Undefined when chapter 6A does apply or the permit date is unknown (then nothing is guessed).
 */
export function whyOutsideChapter6A(c: Case): OutsideChapter6A | undefined {
  if (c.permitGranted !== undefined && !inDayWindow(c.permitGranted.day, CHAPTER_6A_PERMITS)) return "permit-before-window";
  if (c.asOf.day < CHAPTER_6A_FROM.day) return "not-in-force";
  return undefined;
}
