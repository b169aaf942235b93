/**
 * Deadlines are set and read in Norwegian time (Europe/Oslo) and stored as UTC instants. The offset is
 * +01:00 in winter and +02:00 in summer, so it is looked up for the date in question, never assumed.
 */
const OSLO_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Oslo's offset from UTC at an instant, in milliseconds (3,600,000 in winter, 7,200,000 in summer). */
function osloOffsetMs(instant: number): number {
  const part = (type: string) => Number(OSLO_PARTS.formatToParts(new Date(instant)).find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return wall - Math.floor(instant / 60_000) * 60_000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * `2026-06-15T12:00` (an <input type="datetime-local"> value, Norwegian time) → `2026-06-15T10:00:00.000Z`.
 * Undefined for anything that is not a real date and time. In the two odd hours of the year the summer
 * offset is used: the hour that repeats when the clocks go back counts its first occurrence, and a time
 * in the hour skipped when they go forward is read as summer time (02:30 → 00:30 UTC).
 */
export function osloLocalToUtc(local: string): string | undefined {
  const m = LOCAL.exec(local);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).toISOString().slice(0, 16) !== local) return undefined;
  // The offset depends on the instant, which depends on the offset: two steps settle it.
  const first = wall - osloOffsetMs(wall - 7_200_000);
  return new Date(wall - osloOffsetMs(first)).toISOString();
}

/** Deadlines shown in Europe/Oslo, as municipalities read them (in English for the API's English answers). */
export function osloDateTime(iso: string, language: "nb" | "en" = "nb"): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "nb-NO", { timeZone: "Europe/Oslo", dateStyle: "long", timeStyle: "short" }).format(new Date(iso));
}

/** A date `days` calendar days before another (`2026-03-01`, 2 → `2026-02-27`); calendar arithmetic, no clock. */
export function daysBefore(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** A date in words in Norway: `26. november 2021` (bokmål and nynorsk name the months alike). */
export function osloDateText(iso: string): string {
  return new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", dateStyle: "long" }).format(new Date(iso));
}

/** A time of day in Norway, `kl. 23.59` style digits: `23:59`. */
export function osloTimeOfDay(iso: string): string {
  return new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
}

/** An instant as a spreadsheet reads it, in Norwegian time: `07.12.2026 14:05`. */
export function osloNumeric(iso: string): string {
  const parts = OSLO_PARTS.formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}.${part("month")}.${part("year")} ${part("hour")}:${part("minute")}`;
}
