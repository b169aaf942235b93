import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../functions/index";
import { DEFAULT_REMINDERS, dueReminder, scheduleOf, type Reminder } from "../../functions/intake/mail/schedule";
import { STALE_QUEUED_MS } from "../../functions/intake/mail/dispatch";
import { cases } from "../rules/caseTable";
import { ADMIN, call, counts, createRound, issueLinks, openLink, submitJson } from "../intake/helpers";
import { captureMail, captureQueue, consume, dispatchWith, linkIn, putContacts } from "./helpers";

const CRON = "*/15 * * * *";

/** Runs the Worker's own scheduled handler at a given instant, with the queue producer captured. */
async function cronAt(at: string, queue: Queue) {
  const controller = createScheduledController({ scheduledTime: new Date(at), cron: CRON });
  const ctx = createExecutionContext();
  await worker.scheduled!(controller, { ...env, MAIL_QUEUE: queue } as Env);
  await waitOnExecutionContext(ctx);
}

const round = (closesAt: string, more: Partial<{ opensAt: string; allowLate: boolean; reminders: Reminder[] }> = {}) => ({
  opensAt: "2026-01-01T00:00:00.000Z",
  closesAt,
  allowLate: false,
  reminders: DEFAULT_REMINDERS,
  ...more,
});

describe("the reminder schedule in Norwegian time, at the day before, on and after each reminder, across clock changes", () => {
  // Deadline Monday 30 March 2026 23:59 in Norway (summer time since the 29th: 21:59 UTC).
  const spring = round("2026-03-30T21:59:00.000Z");
  // Deadline Monday 26 October 2026 13:00 in Norway (winter time since the 25th: 12:00 UTC).
  const autumn = round("2026-10-26T12:00:00.000Z");

  it("puts each reminder at 08:00 on the wall clock, whichever offset that day has", () => {
    expect(scheduleOf(spring.closesAt, DEFAULT_REMINDERS)).toEqual([
      { slot: "7d-08:00", dueAt: "2026-03-23T07:00:00.000Z" },
      { slot: "2d-08:00", dueAt: "2026-03-28T07:00:00.000Z" },
      { slot: "0d-08:00", dueAt: "2026-03-30T06:00:00.000Z" },
    ]);
    expect(scheduleOf(autumn.closesAt, DEFAULT_REMINDERS)).toEqual([
      { slot: "7d-08:00", dueAt: "2026-10-19T06:00:00.000Z" },
      { slot: "2d-08:00", dueAt: "2026-10-24T06:00:00.000Z" },
      { slot: "0d-08:00", dueAt: "2026-10-26T07:00:00.000Z" },
    ]);
  });

  const table = cases`
    which   | now                        | due
    spring  | 2026-03-23T06:59:59.999Z   | none
    spring  | 2026-03-23T07:00:00.000Z   | 7d-08:00
    spring  | 2026-03-27T07:00:00.000Z   | 7d-08:00
    spring  | 2026-03-28T06:59:59.999Z   | 7d-08:00
    spring  | 2026-03-28T07:00:00.000Z   | 2d-08:00
    spring  | 2026-03-29T07:00:00.000Z   | 2d-08:00
    spring  | 2026-03-30T05:59:59.999Z   | 2d-08:00
    spring  | 2026-03-30T06:00:00.000Z   | 0d-08:00
    spring  | 2026-03-30T21:59:00.000Z   | 0d-08:00
    spring  | 2026-03-30T21:59:00.001Z   | none
    spring  | 2026-03-31T07:00:00.000Z   | none
    autumn  | 2026-10-24T05:59:59.999Z   | 7d-08:00
    autumn  | 2026-10-24T06:00:00.000Z   | 2d-08:00
    autumn  | 2026-10-26T06:59:59.999Z   | 2d-08:00
    autumn  | 2026-10-26T07:00:00.000Z   | 0d-08:00
    autumn  | 2026-10-26T12:00:00.001Z   | none
  `;
  it.each(table)("$which round at $now: $due", ({ which, now, due }) => {
    expect(dueReminder(which === "spring" ? spring : autumn, new Date(now as string))?.slot ?? "none").toBe(due);
  });

  it("after the deadline only when late reporting is allowed, and then the last reminder, not a new one", () => {
    expect(dueReminder({ ...spring, allowLate: true }, new Date("2026-04-02T08:00:00.000Z"))?.slot).toBe("0d-08:00");
  });

  it("never before the round opens; none when the round has none", () => {
    expect(dueReminder({ ...spring, opensAt: "2026-03-29T00:00:00.000Z" }, new Date("2026-03-29T12:00:00.000Z"))).toBeUndefined();
    expect(dueReminder({ ...spring, reminders: [] }, new Date("2026-03-30T12:00:00.000Z"))).toBeUndefined();
  });
});

describe("the scheduled handler sends the due reminder to those who have not reported, once", () => {
  it("reminds the one without a report, at the time and not before; again at the next reminder; never one who reported", async () => {
    const now = Date.now();
    const closesAt = new Date(now + 10 * 86_400_000).toISOString();
    const roundId = await createRound({ municipalities: ["0301", "4601", "3201"], closesAt });
    // Reported before the addresses were registered, so no receipt e-mail joins the reminders here.
    await submitJson(await openLink((await issueLinks(roundId))["0301"]!), "reported-before-reminders", { values: counts(1), expectedVersion: 0 });
    await putContacts([
      { code: "0301", email: "postmottak@oslo.kommune.example" },
      { code: "4601", email: "postmottak@bergen.kommune.example", language: "nn" },
    ]);
    const [seven, two] = scheduleOf(closesAt, DEFAULT_REMINDERS);
    const before = new Date(new Date(seven!.dueAt).getTime() - 60_000).toISOString();

    const { sent, queue } = captureQueue();
    await cronAt(before, queue);
    expect(sent).toEqual([]);
    await cronAt(seven!.dueAt, queue);
    expect(sent).toHaveLength(1);
    const { mails, binding } = captureMail();
    await consume(sent, { EMAIL: binding });
    // The next run (15 minutes later) has nothing more to send.
    await cronAt(new Date(new Date(seven!.dueAt).getTime() + 15 * 60_000).toISOString(), queue);
    expect(sent).toHaveLength(1);
    expect(mails.map((m) => [m.to, m.subject.split(":")[0]])).toEqual([["postmottak@bergen.kommune.example", "Påminning"]]);
    expect(mails[0]!.text).toContain("IMDi har enno ikkje fått rapporten");
    // Each reminder carries a fresh link that opens the report in one click.
    expect(await openLink(linkIn(mails[0]!))).toMatch(/^__Host-rapport=/);

    await cronAt(two!.dueAt, queue);
    expect(sent).toHaveLength(2);
    const rows = (await (await call(`/api/v1/admin/rounds/${roundId}/deliveries`, { headers: ADMIN })).json()) as { deliveries: Array<{ code: string; kind: string }> };
    expect(rows.deliveries.map((d) => [d.code, d.kind])).toEqual([
      ["4601", "reminder"],
      ["4601", "reminder"],
    ]);
  });

  it("a reminder queued before the municipality reported is skipped when it comes to be sent", async () => {
    const closesAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const roundId = await createRound({ municipalities: ["5001"], closesAt });
    await putContacts([{ code: "5001", email: "postmottak@trondheim.kommune.example" }]);
    const { sent, queue } = captureQueue();
    await cronAt(scheduleOf(closesAt, DEFAULT_REMINDERS)[0]!.dueAt, queue);
    expect(sent).toHaveLength(1);
    await submitJson(await openLink((await issueLinks(roundId))["5001"]!), "reported-between", { values: counts(2), expectedVersion: 0 });
    const { mails, binding } = captureMail();
    await consume(sent, { EMAIL: binding });
    expect(mails).toEqual([]);
    const rows = (await (await call(`/api/v1/admin/rounds/${roundId}/deliveries`, { headers: ADMIN })).json()) as { deliveries: Array<{ kind: string; status: string; reason: string }> };
    expect(rows.deliveries.filter((d) => d.kind === "reminder")).toEqual([expect.objectContaining({ status: "skipped", reason: "reported" })]);
  });

  it("after the deadline: nothing, unless the round allows late reports", async () => {
    const now = Date.now();
    const opensAt = new Date(now - 3_600_000).toISOString();
    const closesAt = new Date(now + 3 * 86_400_000).toISOString();
    const after = new Date(now + 3 * 86_400_000 + 3_600_000).toISOString();
    const strict = await createRound({ municipalities: ["1103"], opensAt, closesAt });
    const late = await createRound({ municipalities: ["1103"], opensAt, closesAt, allowLate: true });
    await putContacts([{ code: "1103", email: "postmottak@stavanger.kommune.example" }]);
    const { sent, queue } = captureQueue();
    await cronAt(after, queue);
    const rows = await env.DB.prepare("SELECT round_id FROM deliveries WHERE kind = 'reminder' AND id IN (SELECT value FROM json_each(?))").bind(JSON.stringify(sent.map((m) => m.deliveryId))).all<{ round_id: string }>();
    expect(rows.results.map((r) => r.round_id)).toEqual([late]);
    expect(rows.results.map((r) => r.round_id)).not.toContain(strict);
  });

  it("e-mails recorded while the queue was down are queued again by the next run", async () => {
    // No reminders: the round closes a week from now, so its 7-day reminder falls due at 08:00 today, and a
    // run between 08:00 and 09:00 would put that reminder beside the link e-mail (a wall-clock flake).
    const roundId = await createRound({ municipalities: ["1106"], reminders: [] });
    await putContacts([{ code: "1106", email: "postmottak@haugesund.kommune.example" }]);
    const down = { sendBatch: async () => Promise.reject(new Error("queue unavailable")), send: async () => Promise.reject(new Error("queue unavailable")) } as unknown as Queue;
    const res = await dispatchWith(down, roundId);
    expect(await res.json()).toMatchObject({ queued: 1 });
    const { sent, queue } = captureQueue();
    await cronAt(new Date(Date.now() + 60_000).toISOString(), queue);
    expect(sent).toEqual([]);
    await cronAt(new Date(Date.now() + STALE_QUEUED_MS + 60_000).toISOString(), queue);
    expect(sent).toHaveLength(1);
    const { mails, binding } = captureMail();
    await consume(sent, { EMAIL: binding });
    expect(mails).toHaveLength(1);
  });
});

describe("housekeeping on the same schedule", () => {
  it("deletes expired sessions, old idempotency keys and dead links; the audit log only grows", async () => {
    const now = new Date("2030-06-01T12:00:00.000Z");
    const iso = (ms: number) => new Date(now.getTime() + ms).toISOString();
    const day = 86_400_000;
    const oldRound = await createRound({ opensAt: "2029-01-01T00:00:00Z", closesAt: "2029-02-01T00:00:00Z" });
    const liveRound = await createRound({ opensAt: "2030-05-01T00:00:00Z", closesAt: "2030-06-30T00:00:00Z" });
    await env.DB.batch([
      env.DB.prepare("INSERT INTO sessions (id_hash, kind, link_id, expires_at) VALUES ('old-session', 'admin', NULL, ?), ('live-session', 'admin', NULL, ?)").bind(iso(-1000), iso(3_600_000)),
      env.DB.prepare("INSERT INTO idempotency (key, request_hash, attempt, response, created_at) VALUES ('old-key', 'h', 'a', '{}', ?), ('new-key', 'h', 'a', '{}', ?)").bind(iso(-8 * day), iso(-day)),
      env.DB.prepare(
        "INSERT INTO links (id, round_id, code, token_hash, created_at, revoked_at) VALUES ('expired', ?1, '0301', 'h-expired', ?3, NULL), ('revoked-long-ago', ?2, '0301', 'h-revoked-old', ?3, ?4), ('revoked-lately', ?2, '4601', 'h-revoked-new', ?3, ?5), ('live', ?2, '3201', 'h-live', ?3, NULL)",
      ).bind(oldRound, liveRound, iso(-40 * day), iso(-31 * day), iso(-day)),
    ]);
    const auditBefore = (await env.DB.prepare("SELECT count(*) AS n FROM audit_log").first<{ n: number }>())!.n;
    await cronAt(now.toISOString(), captureQueue().queue);
    const left = async (sql: string) => (await env.DB.prepare(sql).all<{ id: string }>()).results.map((r) => r.id);
    expect(await left("SELECT id_hash AS id FROM sessions WHERE id_hash IN ('old-session', 'live-session')")).toEqual(["live-session"]);
    expect(await left("SELECT key AS id FROM idempotency WHERE key IN ('old-key', 'new-key')")).toEqual(["new-key"]);
    expect((await left("SELECT id FROM links WHERE id IN ('expired', 'revoked-long-ago', 'revoked-lately', 'live')")).sort()).toEqual(["live", "revoked-lately"]);
    const audit = await env.DB.prepare("SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1").first<{ action: string; detail: string }>();
    expect(audit?.action).toBe("housekeeping");
    expect((await env.DB.prepare("SELECT count(*) AS n FROM audit_log").first<{ n: number }>())!.n).toBe(auditBefore + 1);
  });
});
