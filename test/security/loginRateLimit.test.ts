import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, ADMIN_TOKEN, BASE, call } from "../intake/helpers";

/**
 * Issue 12, item 5: a rate limit and a short lockout on the admin login form and on refused admin
 * credentials (LOGIN_LIMITER: 10 a minute per client), audited. Own file: the limiter's counters last for
 * a whole test file. Each case is its own client (cf-connecting-ip), so the cases do not share a budget.
 * Before: any number of wrong keys, each answered 401 at once, and nothing audited.
 */
const LIMIT = 10;
const TOKEN = ADMIN_TOKEN;
const STATUS = "/api/v1/admin/rounds/00000000-0000-4000-8000-000000000000/status";

const login = (ip: string, token: string) =>
  call("/admin/logg-inn", { method: "POST", headers: { "cf-connecting-ip": ip, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ token }).toString() });
const audited = async (action: string) => (await env.DB.prepare("SELECT actor, detail FROM audit_log WHERE action = ?").bind(action).all<{ actor: string; detail: string }>()).results;

describe("the admin login form", () => {
  it(`answers ${LIMIT} wrong keys with 401, then locks the client out for the minute, the right key too`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await login("198.51.100.1", `wrong-${i}`)).status);
    expect(statuses).toEqual(Array(LIMIT).fill(401));
    const locked = await login("198.51.100.1", TOKEN);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("Retry-After")).toBe("60");
    expect(locked.headers.get("Set-Cookie")).toBeNull();
    expect(await locked.text()).toContain("For mange mislykkede forsøk. Vent et minutt før du prøver igjen.");
    // Another client is not locked out.
    expect((await login("198.51.100.2", TOKEN)).status).toBe(303);
  });

  it("audits each failure, the lockout and the successful login, without the key or the address", async () => {
    const failed = await audited("admin.login.failed");
    expect(failed.filter((r) => r.detail === JSON.stringify({ credential: "login form" }))).toHaveLength(LIMIT);
    expect(failed.every((r) => r.actor === "unknown")).toBe(true);
    expect((await audited("admin.login.locked")).map((r) => r.detail)).toContain(JSON.stringify({ credential: "login form" }));
    expect((await audited("admin.login")).map((r) => r.actor)).toContain("break-glass token (login session)");
    const all = JSON.stringify((await env.DB.prepare("SELECT * FROM audit_log").all()).results);
    expect(all).not.toContain("198.51.100");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain("wrong-");
  });
});

describe("refused credentials on the admin API", () => {
  const api = (ip: string, headers: Record<string, string>) => call(STATUS, { headers: { "cf-connecting-ip": ip, ...headers } });

  it(`answers ${LIMIT} wrong Bearer tokens with 401, then 429 problems for the minute`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await api("198.51.100.3", { Authorization: `Bearer wrong-${i}` })).status);
    expect(statuses).toEqual(Array(LIMIT).fill(401));
    const limited = await api("198.51.100.3", { Authorization: "Bearer wrong-again", "Accept-Language": "en" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("60");
    expect(limited.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    expect(((await limited.json()) as { detail: string }).detail).toBe("Too many failed sign-ins. Wait a minute before you try again.");
    // The same client's login form is locked as well: one budget per client.
    expect((await login("198.51.100.3", TOKEN)).status).toBe(429);
  });

  it("a forged Access JWT counts as a refused credential too", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push((await api("198.51.100.4", { "Cf-Access-Jwt-Assertion": `forged.${i}.jwt` })).status);
    expect(statuses).toEqual([...Array(LIMIT).fill(401), 429]);
    expect((await audited("admin.login.failed")).filter((r) => r.detail === JSON.stringify({ credential: "access jwt" }))).toHaveLength(LIMIT);
  });

  it("the right Bearer token is not counted, so scripts are never locked out (it is a 256-bit secret, not guessable)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3 * LIMIT; i++) statuses.push((await api("198.51.100.5", ADMIN)).status);
    expect(statuses).toEqual(Array(3 * LIMIT).fill(404));
  });

  it("no credential at all is not a failed login: the client's budget is untouched", async () => {
    for (let i = 0; i < 2 * LIMIT; i++) expect((await api("198.51.100.6", {})).status).toBe(401);
    expect((await login("198.51.100.6", TOKEN)).status).toBe(303);
  });

  it("writes a bounded number of lockout lines however long a client keeps trying", async () => {
    const before = (await audited("admin.login.locked")).length;
    for (let i = 0; i < 5 * LIMIT; i++) await api("198.51.100.7", { Authorization: `Bearer flood-${i}` });
    expect((await audited("admin.login.locked")).length - before).toBeLessThanOrEqual(LIMIT);
  });
});
