import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import wranglerToml from "../../wrangler.toml?raw";
import { backoffSeconds, MAX_RETRIES } from "../../functions/intake/mail/consumer";
import { ADMIN, call, callWith, counts, createRound, issueLinks, openLink } from "../intake/helpers";
import { captureMail, captureQueue, consume, dispatchWith, linkIn, putContacts } from "./helpers";

type Delivery = { code: string; kind: string; status: string; attempts: number; reason: string | null };
const deliveries = async (roundId: string) => ((await (await call(`/api/v1/admin/rounds/${roundId}/deliveries`, { headers: ADMIN })).json()) as { deliveries: Delivery[] }).deliveries;

/** Every place a token must never be: the queue messages, the audit log, the admin's answers, the logs. */
async function expectNoToken(token: string, places: { messages: unknown; logs: string[]; roundId: string }) {
  expect(JSON.stringify(places.messages)).not.toContain(token);
  expect(places.logs.join("\n")).not.toContain(token);
  const audit = await env.DB.prepare("SELECT * FROM audit_log").all();
  expect(JSON.stringify(audit.results)).not.toContain(token);
  expect(await (await call(`/api/v1/admin/rounds/${places.roundId}/deliveries`, { headers: ADMIN })).text()).not.toContain(token);
  expect(await (await call(`/admin/runder/${places.roundId}/utsendelser`, { headers: ADMIN })).text()).not.toContain(token);
}

afterEach(() => vi.restoreAllMocks());

describe("sending a round's links through the queue", () => {
  it("one e-mail per municipality with an address; a second dispatch and a duplicate message send nothing more; the link works", async () => {
    const logs: string[] = [];
    for (const level of ["log", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation((...args) => void logs.push(args.join(" ")));
    const roundId = await createRound({ municipalities: ["0301", "4601", "3201"] });
    await putContacts([
      { code: "0301", email: "postmottak@oslo.kommune.example" },
      { code: "4601", email: "postmottak@bergen.kommune.example", language: "nynorsk" },
    ]);
    const { sent, queue } = captureQueue();
    const first = await dispatchWith(queue, roundId);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ queued: 2, alreadyQueuedOrSent: 0, withoutAddress: ["3201"] });
    expect(await (await dispatchWith(queue, roundId)).json()).toEqual({ queued: 0, alreadyQueuedOrSent: 2, withoutAddress: ["3201"] });
    // A message is a delivery id and nothing else.
    expect(sent).toHaveLength(2);
    for (const m of sent) expect(Object.keys(m)).toEqual(["deliveryId"]);

    const { mails, binding } = captureMail();
    const result = await consume(sent, { EMAIL: binding });
    expect(result.explicitAcks).toHaveLength(2);
    expect(result.retryMessages).toEqual([]);
    expect(mails.map((m) => m.to).sort()).toEqual(["postmottak@bergen.kommune.example", "postmottak@oslo.kommune.example"]);
    const oslo = mails.find((m) => m.to.includes("oslo"))!;
    const bergen = mails.find((m) => m.to.includes("bergen"))!;
    expect(oslo.subject).toBe("Rapportering til IMDi: Integreringspakke III – test – frist " + oslo.subject.split("frist ")[1]);
    expect(oslo.text).toContain("Åpne kommunens rapport");
    expect(oslo.html).toContain('<html lang="nb">');
    expect(bergen.text).toContain("Opne rapporten til kommunen");
    expect(bergen.html).toContain('<html lang="nn">');
    expect(oslo.from.email).toBe("rapportering@rettsjekk.example");
    expect(oslo.replyTo).toBe("post@imdi.no");
    // The deadline as text in Norwegian time, and the link from the configured origin.
    expect(oslo.text).toMatch(/Fristen er \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2} \(norsk tid\)/u);
    expect(oslo.text).toContain("http://localhost:8787/rapport/lenke/");

    // The same messages again (the queue delivers at least once): acknowledged, nothing sent.
    const again = captureMail();
    expect((await consume(sent, { EMAIL: again.binding })).explicitAcks).toHaveLength(2);
    expect(again.mails).toEqual([]);

    const cookie = await openLink(linkIn(oslo));
    expect(cookie).toMatch(/^__Host-rapport=/);
    expect((await deliveries(roundId)).map((d) => [d.code, d.kind, d.status, d.attempts])).toEqual([
      ["0301", "link", "sent", 1],
      ["4601", "link", "sent", 1],
    ]);
    await expectNoToken(linkIn(oslo).split("/").at(-1)!, { messages: sent, logs, roundId });
  });

  it("two copies of one message at the same time send one e-mail", async () => {
    const roundId = await createRound({ municipalities: ["5001"] });
    await putContacts([{ code: "5001", email: "postmottak@trondheim.kommune.example" }]);
    const { sent, queue } = captureQueue();
    await dispatchWith(queue, roundId);
    const { mails, binding } = captureMail();
    await Promise.all([consume(sent, { EMAIL: binding }), consume(sent, { EMAIL: binding })]);
    expect(mails).toHaveLength(1);
  });

  it("an e-mail failure is retried with backoff; the retry sends one e-mail whose link is the only one that works", async () => {
    const logs: string[] = [];
    for (const level of ["log", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation((...args) => void logs.push(args.join(" ")));
    const roundId = await createRound({ municipalities: ["1103"] });
    await putContacts([{ code: "1103", email: "postmottak@stavanger.kommune.example" }]);
    const { sent, queue } = captureQueue();
    await dispatchWith(queue, roundId);

    const down = captureMail(() => true);
    const failed = await consume(sent, { EMAIL: down.binding }, { attempts: 1 });
    expect(failed.explicitAcks).toEqual([]);
    expect(failed.retryMessages).toHaveLength(1);
    expect(failed.delays).toEqual([backoffSeconds(1)]);
    const [queued] = await deliveries(roundId);
    expect(queued).toMatchObject({ status: "queued", attempts: 1 });
    // The reason is kept, without the address the service named.
    expect(queued!.reason).toContain("service unavailable");
    expect(queued!.reason).not.toContain("stavanger");
    expect(logs.join("\n")).not.toContain("postmottak@stavanger");

    const up = captureMail();
    const retried = await consume(sent, { EMAIL: up.binding }, { attempts: 2 });
    expect(retried.explicitAcks).toHaveLength(1);
    expect(up.mails).toHaveLength(1);
    expect(await deliveries(roundId)).toEqual([expect.objectContaining({ status: "sent", attempts: 2, reason: null })]);
    // The failed attempt's link was made and revoked; the delivered one is the only live link.
    const links = await env.DB.prepare("SELECT revoked_at FROM links WHERE round_id = ? AND code = '1103'").bind(roundId).all<{ revoked_at: string | null }>();
    expect(links.results.map((l) => l.revoked_at === null).sort()).toEqual([false, true]);
    expect(await openLink(linkIn(up.mails[0]!))).toMatch(/^__Host-rapport=/);
  });

  it("after the last retry the delivery is failed (and the dead-letter queue agrees); the admin re-sends it", async () => {
    const roundId = await createRound({ municipalities: ["1106"] });
    await putContacts([{ code: "1106", email: "postmottak@haugesund.kommune.example" }]);
    const { sent, queue } = captureQueue();
    await dispatchWith(queue, roundId);
    const down = captureMail(() => true);
    const last = await consume(sent, { EMAIL: down.binding }, { attempts: MAX_RETRIES + 1 });
    // Retried, so the platform moves it to the dead-letter queue.
    expect(last.retryMessages).toHaveLength(1);
    expect(await deliveries(roundId)).toEqual([expect.objectContaining({ status: "failed", attempts: 1 })]);
    expect((await consume(sent, { EMAIL: down.binding }, { queue: "rettsjekk-mail-dead" })).explicitAcks).toHaveLength(1);
    expect(down.calls()).toBe(1);

    const again = captureQueue();
    expect(await (await dispatchWith(again.queue, roundId, "1106")).json()).toEqual({ queued: 1, alreadyQueuedOrSent: 0, withoutAddress: [] });
    // The same delivery, queued again: not a second e-mail beside the failed one.
    expect(again.sent).toEqual(sent);
    const up = captureMail();
    await consume(again.sent, { EMAIL: up.binding });
    expect(up.mails).toHaveLength(1);
    expect(await deliveries(roundId)).toEqual([expect.objectContaining({ status: "sent", attempts: 2 })]);
    // Re-sending a sent link makes a new e-mail; while it is on its way, a second click adds nothing.
    const resend = captureQueue();
    expect(await (await dispatchWith(resend.queue, roundId, "1106")).json()).toMatchObject({ queued: 1 });
    expect(await (await dispatchWith(resend.queue, roundId, "1106")).json()).toMatchObject({ queued: 0, alreadyQueuedOrSent: 1 });
  });

  it("the consumer's retry count is the queue's max_retries in wrangler.toml", () => {
    const consumer = /\[\[queues\.consumers\]\]\s*\nqueue = "rettsjekk-mail"\n[\s\S]*?max_retries = (\d+)[\s\S]*?dead_letter_queue = "rettsjekk-mail-dead"/.exec(wranglerToml);
    expect(Number(consumer?.[1])).toBe(MAX_RETRIES);
  });

  it("refuses to dispatch a closed round and an unknown municipality", async () => {
    const now = Date.now();
    const closed = await createRound({ opensAt: new Date(now - 7_200_000).toISOString(), closesAt: new Date(now - 3_600_000).toISOString() });
    const { queue } = captureQueue();
    expect((await dispatchWith(queue, closed)).status).toBe(409);
    expect((await dispatchWith(queue, await createRound(), "5001")).status).toBe(404);
  });
});

describe("a copy of every submitted receipt by e-mail", () => {
  it("each new version gets one receipt e-mail with its reference, counts and kroner; a replay gets none", async () => {
    const roundId = await createRound({ municipalities: ["3201"] });
    await putContacts([{ code: "3201", email: "postmottak@baerum.kommune.example" }]);
    const cookie = await openLink((await issueLinks(roundId))["3201"]!);
    const { sent, queue } = captureQueue();
    const submit = (key: string, body: Record<string, unknown>) =>
      callWith({ MAIL_QUEUE: queue }, "/api/v1/report/submissions", {
        method: "POST",
        headers: { Cookie: cookie, "Idempotency-Key": key, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const receipt = (await (await submit("receipt-key-1", { values: counts(2, 1), expectedVersion: 0 })).json()) as { reference: string };
    await submit("receipt-key-1", { values: counts(2, 1), expectedVersion: 0 });
    expect(sent).toHaveLength(1);
    const { mails, binding } = captureMail();
    await consume(sent, { EMAIL: binding });
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe(`Kvittering: Integreringspakke III – test – ${receipt.reference}`);
    expect(mail.text).toContain(`Referanse: ${receipt.reference}`);
    expect(mail.text).toContain("Versjon: 1");
    expect(mail.text).toMatch(/Mottatt: \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2} \(norsk tid\)/u);
    expect(mail.text).toMatch(/Utvidet programtid \(integreringspakke III\), antall deltakere: 2 \(90\s000\skr\)/u);
    expect(mail.text).toMatch(/Sum tilskudd: 98\s000\skr/u);
    expect(mail.text).not.toContain("/rapport/lenke/");

    await submit("receipt-key-2", { values: counts(3, 1), expectedVersion: 1, reason: "Rettet antallet" });
    expect(sent).toHaveLength(2);
    const second = captureMail();
    await consume([sent[1]!], { EMAIL: second.binding });
    expect(second.mails[0]!.text).toContain("Versjon: 2");
    expect(second.mails[0]!.text).toContain("Grunn til endring: Rettet antallet");
    expect((await deliveries(roundId)).map((d) => [d.kind, d.status])).toEqual([
      ["receipt", "sent"],
      ["receipt", "sent"],
    ]);
  });

  it("a municipality without an address gets no receipt e-mail, and its report is not affected", async () => {
    const roundId = await createRound({ municipalities: ["1108"] });
    const cookie = await openLink((await issueLinks(roundId))["1108"]!);
    const { sent, queue } = captureQueue();
    const res = await callWith({ MAIL_QUEUE: queue }, "/api/v1/report/submissions", {
      method: "POST",
      headers: { Cookie: cookie, "Idempotency-Key": "no-address-key", "Content-Type": "application/json" },
      body: JSON.stringify({ values: counts(1), expectedVersion: 0 }),
    });
    expect(res.status).toBe(201);
    expect(sent).toEqual([]);
  });
});

describe("the queue and the e-mail binding as wrangler.toml wires them", () => {
  it("a dispatched link is consumed by the Worker's own queue handler and sent through the emulated binding", async () => {
    const roundId = await createRound({ municipalities: ["1111"] });
    await putContacts([{ code: "1111", email: "postmottak@sokndal.kommune.example" }]);
    const res = await call(`/api/v1/admin/rounds/${roundId}/dispatch`, { method: "POST", headers: { ...ADMIN, "Content-Type": "application/json" }, body: "{}" });
    expect(res.status).toBe(202);
    // A hang guard, not a speed assertion: the emulated queue delivers within its batch timeout.
    await vi.waitFor(async () => expect(await deliveries(roundId)).toEqual([expect.objectContaining({ status: "sent" })]), { timeout: 60_000, interval: 500 });
  });
});
