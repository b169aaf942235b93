import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { person } from "../rules/arbitraries";
import { RULE_IDS } from "../../functions/core/rules";
import { contentType, expectNo5xx, method, pathSegment, validHeader, weirdString, weirdValue } from "./arbitraries";

/**
 * Property-based fuzzing of the public API: malformed JSON, wrong types, huge and tiny numbers,
 * impossible dates, unicode edge cases, wrong content types and methods. The property: never a 5xx,
 * and every error is problem+json with a title.
 */
const RUNS = 10_000;
// Fewer for the endpoints that write a file for every valid request; a fixed seed, so a failure reproduces.
const CASEWORKER_RUNS = 2_000;
const SEED = 20261206;

const mutatedPerson = fc.record({
  legalBasis: fc.oneof(fc.constantFrom("introduksjonsloven", "integreringsloven", "collective-protection"), weirdValue),
  programme: fc.option(fc.record({ start: weirdValue, end: weirdValue }, { requiredKeys: [] }), { nil: undefined }),
  age: fc.option(weirdValue, { nil: undefined }),
  settled: fc.option(weirdValue, { nil: undefined }),
}, { requiredKeys: [] });

const body = fc.oneof(
  fc.string().map((s) => ({ raw: s })),
  fc.record({ asOf: fc.option(weirdValue, { nil: undefined }), person: fc.oneof(person, mutatedPerson, weirdValue) }, { requiredKeys: [] }).map((b) => ({ raw: JSON.stringify(b) })),
  weirdValue.map((v) => ({ raw: JSON.stringify(v) ?? "" })),
);

/** Issue #14's POST endpoints: a draft request, a receipt to verify, a calendar (the eligibility body). */
const requestBody = fc.record({ asOf: fc.option(weirdValue, { nil: undefined }), person: fc.oneof(person, mutatedPerson, weirdValue) }, { requiredKeys: [] });
const caseworkerBodies = {
  "/api/v1/decisions/draft": fc
    .record({
      request: fc.oneof(requestBody, weirdValue),
      rule: fc.oneof(fc.constantFrom(...RULE_IDS), weirdValue),
      lang: fc.oneof(fc.constantFrom("nb", "nn"), weirdValue),
      format: fc.oneof(fc.constantFrom("docx", "html"), weirdValue),
    }, { requiredKeys: [] })
    .map((b) => ({ raw: JSON.stringify(b) })),
  "/api/v1/eligibility/verify": fc
    .record({ request: fc.oneof(requestBody, weirdValue), receipt: fc.oneof(weirdValue, weirdString.map((x) => `rk1:${x}`), fc.constant({ version: 1 })) }, { requiredKeys: [] })
    .map((b) => ({ raw: JSON.stringify(b) })),
  "/api/v1/eligibility/deadlines.ics": body,
};

describe("fuzzing the API (fast-check)", () => {
  for (const [path, bodies] of Object.entries(caseworkerBodies)) {
    it(`${path}: ${CASEWORKER_RUNS} malformed requests, no 5xx, every error a problem (seed ${SEED})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(bodies, body), contentType, method, weirdString, async (b, type, m, query) => {
          const init: RequestInit = { method: m, headers: type ? { "Content-Type": type } : {} };
          if (m !== "GET") init.body = b.raw;
          await expectNo5xx(await exports.default.fetch(new Request(`https://rettsjekk.test${path}?reference=${pathSegment(query)}`, init)));
        }),
        { numRuns: CASEWORKER_RUNS, seed: SEED },
      );
    }, 600_000);
  }

  for (const path of ["/api/v1/eligibility", "/api/v1/eligibility/batch"]) {
    it(`${path}: ${RUNS} malformed requests, no 5xx, every error a problem`, async () => {
      await fc.assert(
        fc.asyncProperty(body, contentType, method, async (b, type, m) => {
          const init: RequestInit = { method: m, headers: type ? { "Content-Type": type } : {} };
          if (m !== "GET") init.body = b.raw;
          await expectNo5xx(await exports.default.fetch(new Request(`https://rettsjekk.test${path}`, init)));
        }),
        { numRuns: RUNS },
      );
    }, 600_000);
  }

  it(`/api/v1/rules/{id}: ${RUNS} odd ids, no 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(weirdString, async (id) => {
        await expectNo5xx(await exports.default.fetch(new Request(`https://rettsjekk.test/api/v1/rules/${pathSegment(id)}`)));
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  for (const path of ["/api/health", "/api/v1/rules", "/api/v1/rules/changes", "/api/v1/openapi.json"]) {
    it(`${path}: ${RUNS} odd methods, query strings, bodies and headers, no 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(method, weirdString, body, fc.oneof(weirdString, fc.constantFrom("nb", "nn", "en", "uk", "*", "xx;q=2")), async (m, query, b, language) => {
          const init: RequestInit = { method: m, headers: validHeader("Accept-Language", language) };
          if (m !== "GET") init.body = b.raw;
          await expectNo5xx(await exports.default.fetch(new Request(`https://rettsjekk.test${path}?lang=${pathSegment(query)}&${pathSegment(query)}=1`, init)));
        }),
        { numRuns: RUNS },
      );
    }, 600_000);
  }

  it("an oversized body gets 413 problem+json", async () => {
    const res = await exports.default.fetch(new Request("https://rettsjekk.test/api/v1/eligibility", { method: "POST", headers: { "Content-Type": "application/json" }, body: "x".repeat(200_000) }));
    expect(res.status).toBe(413);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  });
});
