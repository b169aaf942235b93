/**
 * The admin's side of the e-mails, shared by the API and the admin pages: send a round's links, list
 * every delivery, and the progress of the round (reported per day, per county).
 */
import { findByCode } from "../../core/municipalities";
import { countyOf } from "../../core/municipalities/counties";
import { todayInOslo } from "../../core/rules";
import { errorMessage, logEvent } from "../../http/requestLog";
import { daysBefore } from "../osloTime";
import { allContacts, db, firstReports, roundById, roundCodes, roundDeliveries } from "../store";
import { enqueue, queueFirstLinks, queueOneLink } from "./dispatch";

export interface DispatchResult {
  queued: number;
  alreadyQueuedOrSent: number;
  withoutAddress: string[];
}

export async function dispatch(env: Env, roundId: string, code: string | undefined, actor: string, now: Date): Promise<DispatchResult | "not-found" | "closed"> {
  const d = db(env.DB);
  const round = await roundById(d, roundId);
  if (!round) return "not-found";
  const codes = await roundCodes(d, roundId);
  if (code !== undefined && !codes.includes(code)) return "not-found";
  if (now.toISOString() > round.closesAt && !round.allowLate) return "closed";
  const wanted = code === undefined ? codes : [code];
  const withAddress = new Set((await allContacts(d)).map((c) => c.code));
  const withoutAddress = wanted.filter((c) => !withAddress.has(c));
  const ids =
    code === undefined ? await queueFirstLinks(env.DB, roundId, actor, now) : withoutAddress.length > 0 ? [] : await queueOneLink(env.DB, roundId, code, actor, now);
  try {
    await enqueue(env.MAIL_QUEUE, ids);
  } catch (error) {
    // The deliveries are recorded: the cron's sweep queues them (mail/dispatch.ts). Accepted all the same.
    logEvent("warn", "dispatch_not_queued", { roundId, count: ids.length, message: errorMessage(error) });
  }
  return { queued: ids.length, alreadyQueuedOrSent: wanted.length - withoutAddress.length - ids.length, withoutAddress };
}

export async function deliveryRows(d1: D1Database, roundId: string) {
  const d = db(d1);
  const round = await roundById(d, roundId);
  if (!round) return undefined;
  const onDate = round.createdAt.slice(0, 10);
  return (await roundDeliveries(d, roundId)).map((r) => ({
    code: r.code,
    name: findByCode(r.code, onDate)?.name ?? r.code,
    kind: r.kind,
    status: r.status,
    attempts: r.attempts,
    reason: r.reason,
    at: r.sentAt ?? r.updatedAt,
    queuedAt: r.queuedAt,
  }));
}

export interface Progress {
  /** One entry per day in Norwegian time from the round's opening to its deadline (or the last report, if later). */
  days: Array<{ date: string; reported: number; total: number }>;
  deadlineDate: string;
  municipalities: number;
  counties: Array<{ code: string; name: string; reported: number; notYet: number }>;
}

/** First reports per day (Norwegian dates) and per county, from each municipality's version 1. */
export async function roundProgress(d1: D1Database, roundId: string): Promise<Progress | undefined> {
  const d = db(d1);
  const round = await roundById(d, roundId);
  if (!round) return undefined;
  const codes = await roundCodes(d, roundId);
  const first = new Map((await firstReports(d, roundId)).map((r) => [r.code, r.at!]));
  const perDay = new Map<string, number>();
  for (const at of first.values()) {
    const date = todayInOslo(new Date(at));
    perDay.set(date, (perDay.get(date) ?? 0) + 1);
  }
  const start = todayInOslo(new Date(round.opensAt));
  const deadlineDate = todayInOslo(new Date(round.closesAt));
  const lastReport = [...perDay.keys()].sort().at(-1) ?? start;
  const end = lastReport > deadlineDate ? lastReport : deadlineDate;
  const days: Progress["days"] = [];
  let total = [...perDay].filter(([date]) => date < start).reduce((sum, [, n]) => sum + n, 0);
  // At most a year of days, so a round left open for years still draws.
  for (let date = start, i = 0; date <= end && i < 366; date = daysBefore(date, -1), i++) {
    const reported = perDay.get(date) ?? 0;
    total += reported;
    days.push({ date, reported, total });
  }
  const counties = new Map<string, { code: string; name: string; reported: number; notYet: number }>();
  for (const code of codes) {
    const county = countyOf(code);
    const row = counties.get(county.code) ?? { ...county, reported: 0, notYet: 0 };
    if (first.has(code)) row.reported++;
    else row.notYet++;
    counties.set(county.code, row);
  }
  return { days, deadlineDate, municipalities: codes.length, counties: [...counties.values()].sort((a, b) => a.code.localeCompare(b.code)) };
}
