import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { person } from "../rules/arbitraries";

/**
 * Property-based fuzzing of the public API: malformed JSON, wrong types, huge and tiny numbers,
 * impossible dates, unicode edge cases, wrong content types and methods. The property: never a 5xx,
 * and every error is problem+json with a title.
 */
const RUNS = 10_000;

const weirdString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("2021-02-30", "2021-13-01", "0000-00-00", "9999-12-31", "\u0000", "\uD800", "😀".repeat(50), "' OR 1=1 --", "<script>", "NaN", "-0", "1e309"),
);
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  weirdString,
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, null, true, false),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
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
const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "text/csv", "application/xml", "", "multipart/form-data; boundary=x");
const method = fc.constantFrom("POST", "POST", "POST", "GET", "PUT", "DELETE", "PATCH");

async function expectNo5xx(res: Response) {
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get("Content-Type")).toMatch(/application\/problem\+json/);
    const problem = (await res.json()) as { title?: string; detail?: string; errors?: unknown[] };
    expect(problem.title).toBeTruthy();
  } else {
    await res.arrayBuffer();
  }
}

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

  it("an oversized body gets 413 problem+json", async () => {
    const res = await exports.default.fetch(new Request("https://rettsjekk.test/api/v1/eligibility", { method: "POST", headers: { "Content-Type": "application/json" }, body: "x".repeat(200_000) }));
    expect(res.status).toBe(413);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  });
});

/** Percent-encodes a segment; a lone surrogate cannot be encoded, so it goes as malformed escapes. */
function pathSegment(id: string): string {
  try {
    return encodeURIComponent(id);
  } catch {
    return "%ED%A0%80%E0%A4%A";
  }
}
