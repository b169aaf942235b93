import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import worker from "../../functions/index";

export const BASE = "https://rettsjekk.test";
/** This run's admin token: vitest.config.ts makes a new one each run. */
export const ADMIN_TOKEN = env.ADMIN_TOKEN;
export const ADMIN = { Authorization: `Bearer ${ADMIN_TOKEN}` };

export const call = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, { redirect: "manual", ...init }));

/** The same request, to a Worker whose bindings are partly replaced (a failing D1, lifted rate limits). */
export async function callWith(bindings: Partial<Env>, path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`${BASE}${path}`, { redirect: "manual", ...init }) as never, { ...env, ...bindings } as Env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

export async function createRound(body: Record<string, unknown> = {}) {
  const now = Date.now();
  const res = await call("/api/v1/admin/rounds", {
    method: "POST",
    headers: { ...ADMIN, "Content-Type": "application/json" },
    body: JSON.stringify({
      template: "package-iii-2021",
      title: "Integreringspakke III – test",
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 7 * 86_400_000).toISOString(),
      municipalities: ["0301", "4601", "3201"],
      ...body,
    }),
  });
  if (res.status !== 201) throw new Error(`createRound ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export async function issueLinks(roundId: string) {
  const res = await call(`/api/v1/admin/rounds/${roundId}/links`, { method: "POST", headers: { ...ADMIN, "Content-Type": "application/json" }, body: "{}" });
  const { links } = (await res.json()) as { links: Array<{ code: string; url: string }> };
  return Object.fromEntries(links.map((l) => [l.code, new URL(l.url).pathname]));
}

/** Opens a link and returns the session cookie header for later requests. */
export async function openLink(path: string): Promise<string> {
  const res = await call(path);
  if (res.status !== 303) throw new Error(`link gave ${res.status}`);
  const cookie = res.headers.get("Set-Cookie") ?? "";
  return cookie.split(";")[0]!;
}

export const counts = (a: number, b = 0, c = 0, d = 0) => ({
  "ip3-programme": { count: a },
  "ip3-norwegian": { count: b },
  "ip2-programme": { count: c },
  "ip2-norwegian": { count: d },
});

export function submitJson(cookie: string, key: string, body: Record<string, unknown>) {
  return call("/api/v1/report/submissions", {
    method: "POST",
    headers: { Cookie: cookie, "Idempotency-Key": key, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}
