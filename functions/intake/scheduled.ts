/**
 * The Worker's `scheduled` handler (Cron Trigger in wrangler.toml, every 15 minutes, UTC). Each run:
 * 1. reminders: for every round whose links still work, the reminder now due (Norwegian time, mail/schedule.ts)
 *    is queued once to every municipality with an address that has not reported;
 * 2. the sweep: e-mails recorded but left off the queue are queued again;
 * 3. housekeeping: expired sessions, old idempotency keys and dead links are deleted.
 * The steps are independent: one that fails does not stop the others, and the run then fails as a whole
 * (the platform records it) after the others have run. Locally: `wrangler dev --test-scheduled`, then
 * `curl 'localhost:8787/__scheduled?cron=*%2F15+*+*+*+*'`.
 */
import { errorMessage, logEvent } from "../http/requestLog";
import { housekeeping, type Housekeeping } from "./housekeeping";
import { enqueue, queueReminders, staleQueued } from "./mail/dispatch";
import { dueReminder, parseReminders } from "./mail/schedule";
import { db, liveRounds } from "./store";

export interface ScheduleRun {
  reminders: number;
  requeued: number;
  housekeeping: Housekeeping | null;
}

export async function runSchedule(env: Env, now: Date): Promise<ScheduleRun> {
  const failures: string[] = [];
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      failures.push(name);
      logEvent("error", "cron_step_failed", { step: name, message: errorMessage(error) });
      return undefined;
    }
  };
  const reminders = await step("reminders", async () => {
    let queued = 0;
    for (const round of await liveRounds(db(env.DB), now)) {
      const due = dueReminder({ ...round, reminders: parseReminders(round.reminders) }, now);
      if (!due) continue;
      const ids = await queueReminders(env.DB, round.id, due.slot, now);
      await enqueue(env.MAIL_QUEUE, ids);
      queued += ids.length;
    }
    return queued;
  });
  const requeued = await step("sweep", async () => {
    const ids = await staleQueued(env.DB, now);
    await enqueue(env.MAIL_QUEUE, ids);
    return ids.length;
  });
  const cleaned = await step("housekeeping", () => housekeeping(env.DB, now));
  const run = { reminders: reminders ?? 0, requeued: requeued ?? 0, housekeeping: cleaned ?? null };
  logEvent(failures.length > 0 ? "error" : "info", "cron", { reminders: run.reminders, requeued: run.requeued, sessions: cleaned?.sessions, idempotency: cleaned?.idempotency, links: cleaned?.links, failed: failures.join(",") });
  if (failures.length > 0) throw new Error(`cron steps failed: ${failures.join(", ")}`);
  return run;
}
