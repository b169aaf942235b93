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

/**
 * A date as people write it, into ISO: `dd.mm.yyyy` and `d.m.yyyy` (the Norwegian habit) as well as
 * `yyyy-mm-dd`; surrounding spaces are ignored. Anything else comes back as given (trimmed), so the
 * person schema's checks name what is wrong with it (shape, a day that does not exist, the year).
 */
export function readDate(text: string): string {
  const s = text.trim();
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : s;
}

/** An ISO date as the checker's date field shows it back: `dd.mm.yyyy`. Other text is left as it is. */
export function writeDate(value: string): string {
  const m = ISO.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Digits read with charCodeAt, no array or Date: the engine reads every date of every person this way. */
const digit = (d: string, i: number) => d.charCodeAt(i) - 48;
const yearOf = (d: IsoDate) => digit(d, 0) * 1000 + digit(d, 1) * 100 + digit(d, 2) * 10 + digit(d, 3);
const monthOf = (d: IsoDate) => digit(d, 5) * 10 + digit(d, 6);
const dayOf = (d: IsoDate) => digit(d, 8) * 10 + digit(d, 9);

/**
 * Days since 1970-01-01 for a calendar date (Howard Hinnant's days_from_civil). For valid dates it orders
 * exactly as the ISO strings do, so the engine compares these integers instead of strings (several times
 * faster): the catalog's dates are read once, a person's once per evaluation. The year is counted one
 * 400-year era on, so it is never negative (year 0000's January and February belong to year -1) and every
 * division is a truncating integer one (`| 0`), which the engine's hot path runs without floating point.
 */
export function dayNumber(d: IsoDate): number {
  const m = monthOf(d);
  const y = yearOf(d) + (m <= 2 ? 399 : 400);
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const doy = (((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) | 0) + dayOf(d) - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return (era - 1) * 146097 + doe - 719468;
}

/**
 * A digit's character code. At module level, not inside `format`: a bundler that keeps function names
 * (esbuild's keepNames, on in wrangler and tsx) names a nested arrow on every call, which cost the engine
 * more than the formatting itself.
 */
const c = (n: number) => 48 + n;

function format(y: number, m: number, d: number): IsoDate {
  // Four-digit years (all the schema accepts) as ten character codes: one string, no padding or joining.
  if (y >= 0 && y <= 9999) {
    return String.fromCharCode(
      c(Math.floor(y / 1000)), c(Math.floor(y / 100) % 10), c(Math.floor(y / 10) % 10), c(y % 10), 45,
      c(Math.floor(m / 10)), c(m % 10), 45, c(Math.floor(d / 10)), c(d % 10),
    );
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Adds whole months the way Norwegian deadlines are counted (domstolloven § 148): the same day number
 * in the target month, or the month's last day when that day does not exist.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const index = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const d = dayOf(date);
  // Every month has a 28th: only a later day needs the month's length (a Date, so it is left out where it can be).
  return format(ty, tm, d <= 28 ? d : Math.min(d, daysInMonth(ty, tm)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = new Date(Date.UTC(yearOf(date), monthOf(date) - 1, dayOf(date) + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** The last day inside the window, if it has an upper bound. */
export function lastDay(w: DateWindow): IsoDate | undefined {
  if (w.to === undefined) return undefined;
  return w.toInclusive ? w.to : addDays(w.to, -1);
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
