/**
 * Deadline day, against `wrangler dev` on loopback: all 357 municipalities submit within a minute, each
 * sending its request up to three times with the same Idempotency-Key (as a flaky network would), while
 * two admins poll the status view. Then it checks that nothing was lost or doubled, and prints req/s,
 * p50/p99 and the error count. `npm run load` spreads the arrivals evenly over the minute (`-- --window
 * 30` for another window); `npm run load -- --burst` sends them back to back from 16 clients instead, to
 * find the ceiling. Each municipality comes from its own loopback address, as they would from their own
 * networks (the link rate limit is per client address).
 */
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
const server = await startServer(8797, ["--var", `ADMIN_TOKEN:${ADMIN}`, "--persist-to", STATE]);
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

try {
  const now = Date.now();
  const round = JSON.parse((await call("/api/v1/admin/rounds", { method: "POST", headers: admin, body: JSON.stringify({ template: "package-iii-2021", title: "Frist i dag", opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 3600_000).toISOString(), municipalities: "all" }) })).text) as { id: string; municipalities: number };
  const { links } = JSON.parse((await call(`/api/v1/admin/rounds/${round.id}/links`, { method: "POST", headers: admin, body: "{}" })).text) as { links: Array<{ code: string; url: string }> };
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
  const municipality = async (i: number) => {
    const link = links[i]!;
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
  if (failures.size > 0) console.table([...failures].map(([answer, count]) => ({ answer, count })));
  if (errors > 0 || acknowledged.size !== links.length || !oneVersionEach || lost > 0 || status.totalNok !== sum) process.exitCode = 1;
} finally {
  await server.stop();
}
