/**
 * Writes deadline events as an iCalendar file (RFC 5545) with ical-generator: all-day events (DATE
 * values, no time) on the due date in Norway, and the calendar marked Europe/Oslo. The Worker and the
 * browser both use this module; it imports only the core and the writer library (`npm run check:deps`).
 */
import ical from "ical-generator";
import type { DeadlineEvent } from "../core/calendar/events";

export const CALENDAR_TYPE = "text/calendar; charset=utf-8";

export function toIcs(events: readonly DeadlineEvent[], name: string, stamp: Date = new Date()): string {
  // No calendar time zone: with one, ical-generator writes dates in the runtime's local zone, and a
  // browser west of Greenwich would move every deadline a day earlier. DATE values are the same everywhere.
  const calendar = ical({ name, prodId: { company: "Rettsjekk", product: "Rettsjekk", language: "NB" } });
  calendar.x("X-WR-TIMEZONE", "Europe/Oslo");
  for (const e of events) {
    calendar.createEvent({ id: e.uid, start: utcDay(e.date), end: utcDay(e.date, 1), allDay: true, summary: e.title, description: e.description, stamp });
  }
  return calendar.toString();
}

/** A calendar date as midnight UTC, which ical-generator writes back as the same date (no zone set). */
function utcDay(date: string, plusDays = 0): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + plusDays));
}
