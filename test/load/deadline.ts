/**
 * Deadline day, against `wrangler dev` on loopback: every municipality has an address in the contact
 * register; the links are dispatched by e-mail (357 through the queue) as the window opens; nine in ten
 * municipalities submit within a minute, each sending its request up to three times with the same
 * Idempotency-Key (as a flaky network would), while two admins poll the status view; then the cron's
 * reminder run of the day (`/__scheduled`, a reminder due now). Then it checks that nothing was lost or
 * doubled: one version each, one link e-mail per municipality, one receipt per submission, reminders only
 * to the silent tenth, every e-mail sent (the files wrangler wrote, counted per municipality), and prints
 * req/s, p50/p99, the error count and the e-mail figures. `npm run load` spreads the arrivals evenly over the minute (`-- --window
 * 30` for another window); `npm run load -- --burst` sends them back to back from 16 clients instead, to
 * find the ceiling. Each municipality comes from its own loopback address, as they would from their own
 * networks (the link rate limit is per client address).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Agent, request } from "undici";
import { ensureBuild, freshLocalState, startServer } from "../tools/wranglerDev";
import { counts } from "./values";

const ADMIN = "load-admin-token-local-only";
const BURST = process.argv.includes("--burst");
const windowArg = process.argv.indexOf("--window");
const WINDOW_MS = 1000 * (windowArg > 0 ? Number(process.argv[windowArg + 1]) : 60);
const STATE = `.wrangler/load-${Date.now()}`;
ensureBuild();
freshLocalState(STATE);
const PORT = Number(process.env.LOAD_PORT ?? 8797);
const started0 = Date.now();
const server = await startServer(PORT, ["--var", `ADMIN_TOKEN:${ADMIN}`, "--persist-to", STATE, "--test-scheduled"]);
/** One municipality in ten does not report, so the reminder run has someone to remind. */
const silent = (i: number) => i % 10 === 9;
const admin = { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" };
const latencies: number[] = [];
/** Every answer that was not a success, by route and status, so a failure names itself. */
const failures = new Map<string, number>();
const fail = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);

async function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string; agent?: Agent } = {}) {
  const started = performance.now();
  const res = await request(`${server.base}${path}`, { method: (init.method ?? "GET") as "GET", headers: init.headers, body: init.body, dispatcher: init.agent });
  const text = await res.body.text();
  latencies.push(performance.now() - started);
  if (res.statusCode >= 400) fail(`${init.method ?? "GET"} ${path.replace(/lenke\/.*/, "lenke/:token").replace(/rounds\/[^/]+/, "rounds/:id")} ${res.statusCode}`);
  return { status: res.statusCode, headers: res.headers, text };
}

/** Norwegian date and time of day of an instant: ["2026-12-07", "08:00"]. */
const oslo = (ms: number) => {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return [`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}`] as const;
};

try {
  const now = Date.now();
  const closesAt = now + 3600_000;
  // A reminder due two minutes ago in Norwegian time, as days before the deadline's date (0 on the deadline day).
  const [remindDate, remindTime] = oslo(now - 120_000);
  const daysBefore = Math.round((Date.parse(oslo(closesAt)[0]) - Date.parse(remindDate)) / 86_400_000);
  const round = JSON.parse(
    (await call("/api/v1/admin/rounds", { method: "POST", headers: admin, body: JSON.stringify({ template: "package-iii-2021", title: "Frist i dag", opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(closesAt).toISOString(), municipalities: "all", reminders: [{ daysBefore, time: remindTime }] }) })).text,
  ) as { id: string; municipalities: number };
  const { links } = JSON.parse((await call(`/api/v1/admin/rounds/${round.id}/links`, { method: "POST", headers: admin, body: "{}" })).text) as { links: Array<{ code: string; url: string }> };
  // Every municipality's address (the reserved .example domain: nothing can be delivered).
  await call("/api/v1/admin/contacts", { method: "PUT", headers: admin, body: JSON.stringify(links.map((l) => ({ code: l.code, email: `postmottak@k${l.code}.kommune.example` }))) });
  latencies.length = 0;

  let polling = true;
  const poll = async () => {
    while (polling) {
      await call(`/api/v1/admin/rounds/${round.id}/status`, { headers: admin });
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const pollers = [poll(), poll()];

  const expected = new Map<string, number>();
  const acknowledged = new Map<string, number>();
  const started = performance.now();
  // The links go out by e-mail as the window opens: 357 messages through the queue, on top of the submissions.
  const dispatched = call(`/api/v1/admin/rounds/${round.id}/dispatch`, { method: "POST", headers: admin, body: "{}" });
  const municipality = async (i: number) => {
    const link = links[i]!;
    if (silent(i)) return;
    const agent = new Agent({ localAddress: `127.0.${1 + Math.floor(i / 250)}.${2 + (i % 250)}` });
    const opened = await call(new URL(link.url).pathname, { agent });
    const cookie = String(opened.headers["set-cookie"] ?? "").split(";")[0]!;
    const values = counts(i);
    expected.set(link.code, values.total);
    const key = `deadline-${link.code}`;
    const attempts = 1 + (i % 3); // one, two or three sends of the same request
    for (let a = 0; a < attempts; a++) {
      const res = await call("/api/v1/report/submissions", { method: "POST", agent, headers: { cookie, "idempotency-key": key, "content-type": "application/json" }, body: JSON.stringify({ values: values.values, expectedVersion: 0 }) });
      if (res.status === 201 || res.status === 200) acknowledged.set(link.code, (JSON.parse(res.text) as { totalNok: number }).totalNok);
    }
    await agent.close();
  };
  if (BURST) {
    // Stress: 16 clients back to back, as fast as the server answers.
    let next = 0;
    const worker = async () => {
      while (next < links.length) await municipality(next++);
    };
    await Promise.all(Array.from({ length: 16 }, worker));
  } else {
    // The deadline minute: municipalities arrive evenly spread over the window, whether or not the
    // earlier ones have been answered (an open workload, as real arrivals are).
    await Promise.all(links.map((_, i) => new Promise((r) => setTimeout(r, (i * WINDOW_MS) / links.length)).then(() => municipality(i))));
  }
  const seconds = (performance.now() - started) / 1000;
  polling = false;
  await Promise.all(pollers);

  const dispatch = JSON.parse((await dispatched).text) as { queued: number };

  // The cron's run: the reminder due now, to those who have not reported.
  const cronStarted = performance.now();
  await call("/__scheduled?cron=*%2F15+*+*+*+*");
  const cronMs = performance.now() - cronStarted;
  // Wait until every e-mail has left the queue (a hang guard, not a speed figure).
  type Delivery = { code: string; kind: "link" | "reminder" | "receipt"; status: string; attempts: number };
  let deliveries: Delivery[] = [];
  const drainStarted = performance.now();
  for (const until = Date.now() + 600_000; Date.now() < until; await new Promise((r) => setTimeout(r, 1000))) {
    deliveries = (JSON.parse((await call(`/api/v1/admin/rounds/${round.id}/deliveries`, { headers: admin })).text) as { deliveries: Delivery[] }).deliveries;
    if (deliveries.length > 0 && deliveries.every((d) => d.status !== "queued")) break;
  }
  const drainSeconds = (performance.now() - drainStarted) / 1000;
  // What wrangler wrote, one text file per e-mail sent in this run: counted per municipality and kind.
  const written = emailFiles(started0).map((text) => ({ code: /kommunenummer (\d{4})/.exec(text)?.[1] ?? "", kind: /rapportere til «/.test(text) ? "link" : /fått rapporten fra kommunen/.test(text) ? "reminder" : /har mottatt rapporten/.test(text) ? "receipt" : "?" }));
  const perCode = (kind: string, list: Array<{ code: string; kind: string }>) => {
    const m = new Map<string, number>();
    for (const d of list) if (d.kind === kind) m.set(d.code, (m.get(d.code) ?? 0) + 1);
    return m;
  };
  const silentCodes = new Set(links.filter((_, i) => silent(i)).map((l) => l.code));
  const linkFiles = perCode("link", written);
  const reminderFiles = perCode("reminder", written);
  const receiptFiles = perCode("receipt", written);
  const mail = {
    "links queued": dispatch.queued,
    "link e-mails": linkFiles.size,
    "exactly one link each": links.every((l) => linkFiles.get(l.code) === 1),
    "receipts (one each)": [...acknowledged.keys()].every((c) => receiptFiles.get(c) === 1) ? receiptFiles.size : -1,
    "reminders": [...reminderFiles.values()].reduce((a, b) => a + b, 0),
    "reminders to reporters": [...reminderFiles.keys()].filter((c) => !silentCodes.has(c)).length,
    "silent reminded once": [...silentCodes].every((c) => reminderFiles.get(c) === 1),
    "e-mails lost": deliveries.filter((d) => d.status !== "sent").length + Math.abs(deliveries.length - written.length),
    "retried": deliveries.filter((d) => d.attempts > 1).length,
    "cron ms": Math.round(cronMs),
    "drain s": Number(drainSeconds.toFixed(1)),
  };
  const mailOk = mail["exactly one link each"] && mail["receipts (one each)"] === acknowledged.size && mail["reminders to reporters"] === 0 && mail["silent reminded once"] && mail["e-mails lost"] === 0;

  const status = JSON.parse((await call(`/api/v1/admin/rounds/${round.id}/status`, { headers: admin })).text) as { rows: Array<{ code: string; version: number; totalNok: number }>; totalNok: number };
  // Nothing doubled, nothing acknowledged lost, and the money adds up to what the clients were told.
  const oneVersionEach = status.rows.every((r) => r.version <= 1);
  const lost = status.rows.filter((r) => acknowledged.has(r.code) && (r.version !== 1 || r.totalNok !== acknowledged.get(r.code) || r.totalNok !== expected.get(r.code))).length;
  const sum = [...acknowledged.values()].reduce((a, b) => a + b, 0);
  const errors = [...failures.values()].reduce((a, b) => a + b, 0);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  console.table([
    {
      mode: BURST ? "burst (16 clients)" : `spread over ${WINDOW_MS / 1000} s`,
      municipalities: links.length,
      reporting: links.filter((_, i) => !silent(i)).length,
      requests: latencies.length,
      seconds: Number(seconds.toFixed(1)),
      "req/s": Math.round(latencies.length / seconds),
      "p50 ms": pct(50),
      "p99 ms": pct(99),
      errors,
      acknowledged: acknowledged.size,
      "one version each": oneVersionEach,
      "acknowledged but lost": lost,
      "totals match": status.totalNok === sum,
    },
  ]);
  console.table([mail]);
  if (failures.size > 0) console.table([...failures].map(([answer, count]) => ({ answer, count })));
  const reporting = links.filter((_, i) => !silent(i)).length;
  if (errors > 0 || acknowledged.size !== reporting || !oneVersionEach || lost > 0 || status.totalNok !== sum || !mailOk) process.exitCode = 1;
} finally {
  await server.stop();
}

/** The text part of every e-mail wrangler wrote since `since` (files under .wrangler/tmp/email/<session>/email-text/). */
function emailFiles(since: number): string[] {
  const root = ".wrangler/tmp/email";
  const out: string[] = [];
  let sessions: string[] = [];
  try {
    sessions = readdirSync(root);
  } catch {
    return out;
  }
  for (const session of sessions) {
    const dir = join(root, session, "email-text");
    let files: string[] = [];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of files) if (statSync(join(dir, f)).mtimeMs >= since) out.push(readFileSync(join(dir, f), "utf8"));
  }
  return out;
}
