import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../functions/core/rules";
import { EligibilityAnswerSchema } from "../../functions/core/rules/answerSchema";
import { eligibilityAnswer } from "../../functions/eligibility/answer";
import { person } from "../rules/arbitraries";

import { ADMIN_CASES } from "./responses/admin";
import type { Case } from "./responses/cases";
import { PUBLIC_CASES } from "./responses/public";
import { REPORT_CASES } from "./responses/report";

/**
 * Every documented response of every route, called for real and parsed with the strict zod schema the
 * route declares (unknown keys fail), so the OpenAPI document cannot drift from what the API sends. The cases
 * are in `responses/` by who calls the route; the last test holds them to the document: a new route or status without a case here fails.
 */

const CASES: Case[] = [...PUBLIC_CASES, ...REPORT_CASES, ...ADMIN_CASES];

describe("every route's responses parse with its strict schema", () => {
  it.each(CASES.map((c, i) => [`${c.route} → ${c.status}`, i] as const))("%s", async (_, i) => {
    const c = CASES[i]!;
    const res = await c.send();
    const bytes = await res.arrayBuffer();
    if (c.file?.binary) {
      expect(res.status).toBe(c.status);
      expect(res.headers.get("Content-Type")).toBe(c.file.type);
      return expect(new TextDecoder("latin1").decode(bytes.slice(0, c.file.starts.length))).toBe(c.file.starts);
    }
    // Keep a byte-order mark (the CSV exports start with one for Excel); text() would drop it.
    const body = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(res.status, body).toBe(c.status);
    const type = res.headers.get("Content-Type") ?? "";
    if (c.status === 204) return expect(body).toBe("");
    if (c.file) {
      expect(type).toBe(c.file.type);
      return expect(body.startsWith(c.file.starts)).toBe(true);
    }
    if (c.csv !== undefined) {
      expect(type).toMatch(/^text\/csv/);
      return expect(body.startsWith(c.csv)).toBe(true);
    }
    expect(type).toMatch(c.status >= 400 ? /^application\/problem\+json/ : /^application\/json/);
    const parsed = c.schema!.safeParse(JSON.parse(body));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("the eligibility answer parses strictly for any valid person, in every language (fast-check, fixed seed)", async () => {
    await fc.assert(
      fc.asyncProperty(person, fc.constantFrom(...LANGUAGES), async (p, lang) => {
        const parsed = EligibilityAnswerSchema.safeParse(await eligibilityAnswer({ asOf: "2026-11-22", person: p }, lang));
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it("covers every response the OpenAPI document lists (a new route or status needs a case here)", async () => {
    const doc = (await (await exports.default.fetch(new Request("https://rettsjekk.test/api/v1/openapi.json"))).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) => Object.keys(op.responses).map((status) => `${method.toUpperCase()} ${path} → ${status}`)),
    );
    const tested = new Set(CASES.map((c) => `${c.route} → ${c.status}`));
    expect(documented.filter((d) => !tested.has(d))).toEqual([]);
    expect([...tested].filter((t) => !documented.includes(t))).toEqual([]);
  });
});
