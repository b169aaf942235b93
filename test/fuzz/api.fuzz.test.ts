import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { person } from "../rules/arbitraries";
import { contentType, expectNo5xx, method, pathSegment, validHeader, weirdString, weirdValue } from "./arbitraries";

/**
 * Property-based fuzzing of the public API: malformed JSON, wrong types, huge and tiny numbers,
 * impossible dates, unicode edge cases, wrong content types and methods. The property: never a 5xx,
 * and every error is problem+json with a title.
 */
const RUNS = 10_000;

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

describe("fuzzing the API (fast-check)", () => {
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

  for (const path of ["/api/health", "/api/v1/rules", "/api/v1/openapi.json"]) {
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
