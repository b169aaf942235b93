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

/** Digits read with charCodeAt: this runs for every nearest miss in a batch of thousands of rows. */
function parts(d: IsoDate): [number, number, number] {
  return [
    (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48),
    (d.charCodeAt(5) - 48) * 10 + (d.charCodeAt(6) - 48),
    (d.charCodeAt(8) - 48) * 10 + (d.charCodeAt(9) - 48),
  ];
}

/** Days since 1970-01-01 for a calendar date (Howard Hinnant's days_from_civil), without Date objects. */
function dayNumber(d: IsoDate): number {
  const [y0, m, day] = parts(d);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
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
  return dayNumber(b) - dayNumber(a);
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
