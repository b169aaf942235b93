import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BASE, callWith, counts, createRound, issueLinks, openLink, submitJson } from "./helpers";

/**
 * Fault injection: a D1 database whose next batch fails in the middle. The failing statement is put
 * after the submission insert (and before the audit line and the stored answer), and it fails while
 * running, not while being prepared — so D1 has really executed half of the write when it fails.
 */
function failingMidBatch(db: D1Database): D1Database & { failures: number } {
  const state = { failures: 0 };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "failures") return state.failures;
      if (prop === "batch") {
        return (statements: D1PreparedStatement[]) => {
          state.failures++;
          // SQLite raises "integer overflow" at run time for abs() of the smallest 64-bit integer.
          const poison = target.prepare("SELECT abs(-9223372036854775808)");
          return target.batch([...statements.slice(0, 2), poison, ...statements.slice(2)]);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as D1Database & { failures: number };
}

const fetchWithDb = (db: D1Database, path: string, init: RequestInit) => callWith({ DB: db }, path, init);

const rowsFor = async (roundId: string, code: string) => ({
  submissions: (await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE round_id = ? AND code = ?").bind(roundId, code).first<{ n: number }>())!.n,
  audit: (await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE round_id = ? AND code = ? AND action LIKE 'report.%'").bind(roundId, code).first<{ n: number }>())!.n,
  keys: (await env.DB.prepare("SELECT COUNT(*) AS n FROM idempotency WHERE key LIKE ?").bind(`${roundId}:${code}:%`).first<{ n: number }>())!.n,
});

describe("a D1 failure in the middle of a submission", () => {
  it("stores nothing, answers a retryable 503 problem, and the retry with the same key succeeds once", async () => {
    const roundId = await createRound();
    const cookie = await openLink((await issueLinks(roundId))["0301"]!);
    const body = { values: counts(4, 2), expectedVersion: 0 };
    const faulty = failingMidBatch(env.DB);

    const failed = await fetchWithDb(faulty, "/api/v1/report/submissions", {
      method: "POST",
      headers: { Cookie: cookie, "Idempotency-Key": "fault-key-0001", "Content-Type": "application/json", "Accept-Language": "nb" },
      body: JSON.stringify(body),
    });
    expect(faulty.failures).toBe(1);
    expect(failed.status).toBe(503);
    expect(failed.headers.get("Content-Type")).toBe("application/problem+json");
    expect(Number(failed.headers.get("Retry-After"))).toBeGreaterThan(0);
    const problem = (await failed.json()) as { title: string; detail: string };
    expect(problem.title).toBe("Tjenesten er utilgjengelig");
    expect(problem.detail).toMatch(/Idempotency-Key/);
    expect(await rowsFor(roundId, "0301")).toEqual({ submissions: 0, audit: 0, keys: 0 });

    const retried = await submitJson(cookie, "fault-key-0001", body);
    expect(retried.status).toBe(201);
    const receipt = (await retried.json()) as { reference: string; version: number };
    expect(receipt.version).toBe(1);
    const again = await submitJson(cookie, "fault-key-0001", body);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { reference: string }).reference).toBe(receipt.reference);
    expect(await rowsFor(roundId, "0301")).toEqual({ submissions: 1, audit: 1, keys: 1 });
  });

  it("on the no-JavaScript form: a 503 page that says nothing was stored, then the same form posts once", async () => {
    const roundId = await createRound();
    const cookie = await openLink((await issueLinks(roundId))["4601"]!);
    const form = new URLSearchParams({ "ip3-programme.count": "3", "ip3-norwegian.count": "0", "ip2-programme.count": "0", "ip2-norwegian.count": "0", attest: "yes", expectedVersion: "0", idempotencyKey: "form-fault-key-1" });
    const post = (db: D1Database) =>
      fetchWithDb(db, "/rapport/send", { method: "POST", headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body: form.toString() });

    const failed = await post(failingMidBatch(env.DB));
    expect(failed.status).toBe(503);
    expect(failed.headers.get("Retry-After")).toBeTruthy();
    expect(await failed.text()).toMatch(/Ingenting ble lagret/);
    expect((await rowsFor(roundId, "4601")).submissions).toBe(0);

    const ok = await post(env.DB);
    expect(ok.status).toBe(303);
    expect((await post(env.DB)).headers.get("Location")).toBe(ok.headers.get("Location"));
    expect(await rowsFor(roundId, "4601")).toEqual({ submissions: 1, audit: 1, keys: 1 });
  });

  it("a failure that is not D1's (a bug) stays a 500, so outages and bugs are told apart", async () => {
    const roundId = await createRound();
    const cookie = await openLink((await issueLinks(roundId))["3201"]!);
    const buggy = new Proxy(env.DB, {
      get: (target, prop) => (prop === "batch" ? () => Promise.reject(new TypeError("cannot read properties of undefined")) : Reflect.get(target, prop, target)),
    });
    const res = await fetchWithDb(buggy, "/api/v1/report/submissions", {
      method: "POST",
      headers: { Cookie: cookie, "Idempotency-Key": "bug-key-0001", "Content-Type": "application/json" },
      body: JSON.stringify({ values: counts(1), expectedVersion: 0 }),
    });
    expect(res.status).toBe(500);
    expect(res.headers.get("Retry-After")).toBeNull();
  });
});
