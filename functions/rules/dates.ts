import type { DateWindow, IsoDate } from "./types";

/**
 * Calendar-date helpers on ISO strings. Dates are plain calendar days (no time zone arithmetic), so
 * comparison is string comparison and day counts use UTC midnight, which has no DST jumps.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(d: IsoDate): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Adds whole months the way Norwegian deadlines are counted (domstolloven § 148): the same day number
 * in the target month, or the month's last day when that day does not exist.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

export function inWindow(date: IsoDate, w: DateWindow): boolean {
  if (w.from !== undefined && date < w.from) return false;
  if (w.to !== undefined && (w.toInclusive ? date > w.to : date >= w.to)) return false;
  return true;
}

const LAST_DAY = new WeakMap<DateWindow, IsoDate>();

/** The last day inside the window, if it has an upper bound. Cached: catalog windows are shared objects. */
export function lastDay(w: DateWindow): IsoDate | undefined {
  if (w.to === undefined) return undefined;
  if (w.toInclusive) return w.to;
  let last = LAST_DAY.get(w);
  if (last === undefined) {
    last = addDays(w.to, -1);
    LAST_DAY.set(w, last);
  }
  return last;
}

/** The date inside the window nearest to `date` (the date itself if it is inside). */
export function nearestInWindow(date: IsoDate, w: DateWindow): IsoDate {
  if (w.from !== undefined && date < w.from) return w.from;
  const last = lastDay(w);
  if (last !== undefined && date > last) return last;
  return date;
}

/** Interval notation for machine-readable bounds: `[2019-07-01, 2020-01-01)`, `(-∞, 2019-01-01)`. */
export function windowNotation(w: DateWindow): string {
  const lower = w.from === undefined ? "(-∞" : `[${w.from}`;
  const upper = w.to === undefined ? "∞)" : `${w.to}${w.toInclusive ? "]" : ")"}`;
  return `${lower}, ${upper}`;
}

/** Today's calendar date in Europe/Oslo (the default assessment date). */
export function todayInOslo(now: Date = new Date()): IsoDate {
  const f = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });
  const get = (type: string) => f.formatToParts(now).find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
