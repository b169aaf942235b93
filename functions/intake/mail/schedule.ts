/**
 * A round's reminder schedule: at most three reminders, each a number of days before the deadline's date
 * and a time of day, both in Norwegian time. The default is 7 and 2 days before and the deadline's own
 * morning. Due times are computed with Oslo's real offset for each date, so a schedule across a clock
 * change still reminds at 08:00 on the wall clock.
 */
import { z } from "@hono/zod-openapi";
import { todayInOslo } from "../../core/rules";
import { daysBefore, osloLocalToUtc } from "../osloTime";

export const MAX_REMINDERS = 3;

export const ReminderSchema = z
  .strictObject({
    daysBefore: z.number().int().min(0).max(60).meta({ description: "Calendar days before the deadline's date (0 = the deadline's own day), in Norwegian time." }),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .meta({ description: "Time of day in Norwegian time, HH:MM." }),
  })
  .openapi("Reminder");
export type Reminder = z.infer<typeof ReminderSchema>;

export const RemindersSchema = z
  .array(ReminderSchema)
  .max(MAX_REMINDERS)
  .refine((list) => new Set(list.map((r) => r.daysBefore)).size === list.length, { message: "one reminder per day" })
  .meta({ description: "At most three reminders; default 7 and 2 days before the deadline and the deadline's morning, 08:00 Norwegian time. [] sends none." });

export const DEFAULT_REMINDERS: Reminder[] = [
  { daysBefore: 7, time: "08:00" },
  { daysBefore: 2, time: "08:00" },
  { daysBefore: 0, time: "08:00" },
];

/** One scheduled reminder as an instant; `slot` names it in the deliveries table ("7d-08:00"). */
export interface DueReminder {
  slot: string;
  dueAt: string;
}

export function scheduleOf(closesAt: string, reminders: Reminder[]): DueReminder[] {
  const deadlineDate = todayInOslo(new Date(closesAt));
  return reminders
    .map((r) => ({ slot: `${r.daysBefore}d-${r.time}`, dueAt: osloLocalToUtc(`${daysBefore(deadlineDate, r.daysBefore)}T${r.time}`)! }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/**
 * The reminder to send now, if any: the latest one whose time has come (a cron that was down sends the
 * newest missed reminder once, never a backlog of old ones), and never one due before the round opens or
 * after its deadline; and none at all once the deadline has passed, unless late reporting is allowed.
 */
export function dueReminder(round: { opensAt: string; closesAt: string; allowLate: boolean; reminders: Reminder[] }, now: Date): DueReminder | undefined {
  const nowIso = now.toISOString();
  if (nowIso > round.closesAt && !round.allowLate) return undefined;
  const due = scheduleOf(round.closesAt, round.reminders).filter((r) => r.dueAt <= nowIso && r.dueAt >= round.opensAt && r.dueAt <= round.closesAt);
  return due.at(-1);
}

export function parseReminders(json: string): Reminder[] {
  const parsed = RemindersSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

/** The admin form's "7, 2, 0": days before the deadline, each at the default time; anything else is left for the schema to refuse. */
export function remindersFromForm(text: string): unknown {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const time = DEFAULT_REMINDERS[0]!.time;
  return parts.map((p) => (/^\d{1,2}$/.test(p) ? { daysBefore: Number(p), time } : p));
}
