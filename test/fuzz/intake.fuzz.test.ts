import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADMIN, ADMIN_TOKEN, callWith, createRound, issueLinks, openLink } from "../intake/helpers";
import { contentType, expectNo5xx, method, pathSegment, validHeader, weirdString, weirdValue } from "./arbitraries";

/**
 * Property-based fuzzing of the intake and admin APIs with the same generators as the public API:
 * 10,000 requests per endpoint, never a 5xx, every error a problem+json with a title. The rate
 * limiters are lifted here so the requests reach validation and storage instead of stopping at 429.
 */
const RUNS = 10_000;
const unlimited = { limit: async () => ({ success: true }) };
const send = (path: string, init: RequestInit) => callWith({ SUBMIT_LIMITER: unlimited, LINK_LIMITER: unlimited, LOGIN_LIMITER: unlimited } as Partial<Env>, path, init);

const LINES = ["ip3-programme", "ip3-norwegian", "ip2-programme", "ip2-norwegian"];
const nearValues = fc.dictionary(
  fc.oneof(fc.constantFrom(...LINES), weirdString),
  fc.oneof(fc.record({ count: fc.oneof(fc.integer({ min: -5, max: 1_000_000 }), weirdValue) }, { requiredKeys: [] }), weirdValue),
  { maxKeys: 5 },
);
// Mostly well-formed reports with edge numbers, so storage, replays, key reuse and stale versions are hit too.
const wellFormed = fc
  .record({
    values: fc.record(Object.fromEntries(LINES.map((l) => [l, fc.record({ count: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -1, max: 2 ** 53 })) })]))),
    expectedVersion: fc.integer({ min: 0, max: 3 }),
  })
  .map((b) => JSON.stringify(b));
const submission = fc.oneof(
  { arbitrary: wellFormed, weight: 3 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: weirdValue.map((v) => JSON.stringify(v) ?? ""), weight: 1 },
  {
    weight: 1,
    arbitrary: fc
      .record({ values: fc.oneof(nearValues, weirdValue), expectedVersion: fc.oneof(fc.integer({ min: -1, max: 3 }), weirdValue), reason: fc.option(weirdString, { nil: undefined }) }, { requiredKeys: [] })
      .map((b) => JSON.stringify(b)),
  },
);
const idempotencyKey = fc.option(fc.oneof(fc.constantFrom("same-key-0001", "same-key-0002"), fc.uuid(), weirdString.filter((s) => /^[\x20-\x7e]*$/.test(s))), { nil: undefined });

const isoish = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), weirdString, fc.constantFrom("2026-12-01T12:00:00+01:00", "2026-02-30T00:00:00Z"));
const newRound = fc.oneof(
  weirdValue.map((v) => JSON.stringify(v) ?? ""),
  fc
    .record(
      {
        template: fc.oneof(fc.constantFrom("package-iii-2021", "package-ii-2021", "nope"), weirdString),
        title: fc.oneof(fc.string({ minLength: 3, maxLength: 40 }), weirdValue),
        opensAt: isoish,
        closesAt: isoish,
        allowLate: fc.oneof(fc.boolean(), weirdValue),
        municipalities: fc.oneof(fc.array(fc.oneof(fc.constantFrom("0301", "4601", "3024", "9999"), weirdString), { maxLength: 4 }), weirdValue),
      },
      { requiredKeys: [] },
    )
    .map((b) => JSON.stringify(b)),
);

/**
 * The outcomes a client can meet, each as an explicit example run before the random ones (body, content
 * type, method, idempotency key, with session): the coverage check below never depends on what the
 * random cases happen to hit. In order: a first report (201, then its replay 200), a stale version (412),
 * the first key again with another body (422), not JSON (400), the wrong type (415), the wrong method
 * (405), no session (404).
 */
const valid = (count: number, expectedVersion: number) => JSON.stringify({ values: Object.fromEntries(LINES.map((l) => [l, { count }])), expectedVersion });
const OUTCOME_EXAMPLES: Array<[string, string, string, string | undefined, boolean]> = [
  [valid(1, 0), "application/json", "POST", "explicit-first-report", true],
  [valid(2, 0), "application/json", "POST", "explicit-stale-version", true],
  [valid(3, 1), "application/json", "POST", "explicit-first-report", true],
  ["{not json", "application/json", "POST", "explicit-malformed", true],
  [valid(1, 1), "text/plain", "POST", "explicit-wrong-type", true],
  [valid(1, 1), "application/json", "PUT", "explicit-wrong-method", true],
  [valid(1, 1), "application/json", "POST", "explicit-no-session", false],
];

describe("fuzzing the intake and admin APIs (fast-check)", () => {
  it(`POST /api/v1/report/submissions: ${RUNS} malformed submissions with a live session, no 5xx`, async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["0301"]!);
    const seen = new Map<number, number>();
    const mostlyPost = fc.oneof({ arbitrary: fc.constant("POST"), weight: 6 }, { arbitrary: method, weight: 1 });
    const mostlyJson = fc.oneof({ arbitrary: fc.constant("application/json"), weight: 4 }, { arbitrary: contentType, weight: 1 });
    await fc.assert(
      fc.asyncProperty(submission, mostlyJson, mostlyPost, idempotencyKey, fc.boolean(), async (body, type, m, key, withSession) => {
        const headers: Record<string, string> = {};
        if (type) headers["Content-Type"] = type;
        if (key !== undefined) headers["Idempotency-Key"] = key;
        if (withSession) headers.Cookie = cookie;
        const request = () => send("/api/v1/report/submissions", { method: m, headers, body: m === "GET" ? undefined : body });
        const res = await request();
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        if (res.status === 201) {
          // A retry of a stored report replays the same receipt.
          const receipt = await res.text();
          const retry = await request();
          expect(retry.status).toBe(200);
          expect(await retry.text()).toBe(receipt);
          seen.set(200, (seen.get(200) ?? 0) + 1);
        } else await expectNo5xx(res);
      }),
      { numRuns: RUNS, examples: OUTCOME_EXAMPLES },
    );
    // The run reached every outcome a client can meet, not only the validation errors.
    for (const status of [200, 201, 400, 404, 405, 412, 415, 422]) expect(seen.get(status), `status ${status}`).toBeGreaterThan(0);
  }, 600_000);

  it(`POST /api/v1/admin/rounds: ${RUNS} malformed rounds, no 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(newRound, contentType, async (body, type) => {
        await expectNo5xx(await send("/api/v1/admin/rounds", { method: "POST", headers: { ...ADMIN, ...(type ? { "Content-Type": type } : {}) }, body }));
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  const roundId = fc.oneof(fc.uuid(), weirdString);
  const code = fc.oneof(fc.constantFrom("0301", "4601", "0000"), weirdString);
  const routes: Array<[string, (id: string, code: string) => string, string]> = [
    ["GET /rounds/{id}/status", (id) => `/rounds/${pathSegment(id)}/status`, "GET"],
    ["GET /rounds/{id}/export.csv", (id) => `/rounds/${pathSegment(id)}/export.csv`, "GET"],
    ["GET /rounds/{id}/export.json", (id) => `/rounds/${pathSegment(id)}/export.json`, "GET"],
    ["POST /rounds/{id}/links", (id) => `/rounds/${pathSegment(id)}/links`, "POST"],
    ["POST /rounds/{id}/links/{code}/revoke", (id, c) => `/rounds/${pathSegment(id)}/links/${pathSegment(c)}/revoke`, "POST"],
  ];
  for (const [name, path, verb] of routes) {
    it(`${name}: ${RUNS} odd ids and bodies, no 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(roundId, code, submission, async (id, c, body) => {
          await expectNo5xx(await send(`/api/v1/admin${path(id, c)}`, { method: verb, headers: { ...ADMIN, "Content-Type": "application/json" }, body: verb === "POST" ? body : undefined }));
        }),
        { numRuns: RUNS },
      );
    }, 600_000);
  }

  it(`admin API: ${RUNS} odd Authorization headers are all 401 problems`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((s) => `Bearer ${s}`), fc.constantFrom("Bearer", "Basic YWRtaW46YWRtaW4=", `Bearer ${ADMIN_TOKEN}X`)), async (auth) => {
        const res = await send("/api/v1/admin/rounds", { method: "POST", headers: { ...validHeader("Authorization", auth), "Content-Type": "application/json" }, body: "{}" });
        expect(res.status).toBe(401);
        await expectNo5xx(res);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
