import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { RULES_VERSION } from "../../functions/core/rules";

const post = (body: unknown, headers: Record<string, string> = {}) =>
  exports.default.fetch(
    new Request("https://rettsjekk.test/api/v1/eligibility", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

type Answer = {
  asOf: string;
  rulesVersion: string;
  lang: string;
  determinations: Array<Record<string, unknown> & { rule: string; status: string; reasons: Array<{ text: string; bound?: string }> }>;
};

const example = {
  asOf: "2026-11-22",
  person: {
    legalBasis: "introduksjonsloven",
    programme: { start: "2019-08-15", end: "2021-12-31" },
    norwegianTraining: { rightAndDuty: true, end: "2021-10-01" },
  },
};

describe("POST /api/v1/eligibility", () => {
  it("answers one determination per rule of the legal basis, with the rules version in header and body", async () => {
    const res = await post(example);
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Rules-Version")).toBe(RULES_VERSION);
    const body = (await res.json()) as Answer;
    expect(body).toMatchObject({ asOf: "2026-11-22", rulesVersion: RULES_VERSION, lang: "nb" });
    const ip3 = body.determinations.find((d) => d.rule === "IP3-PROG");
    expect(ip3).toMatchObject({ status: "needs-assessment", maxMonths: 4, grantNok: 45000, historical: true });
    expect(ip3?.reasons[0]?.bound).toBe("[2019-07-01, 2020-01-01)");
    expect(ip3?.reasons[0]?.text).toMatch(/15\. august 2019/);
  });

  it("words the answer in the language asked for", async () => {
    const en = (await (await post(example, { "Accept-Language": "en-GB,en;q=0.9" })).json()) as Answer;
    expect(en.lang).toBe("en");
    const ip3 = en.determinations.find((d) => d.rule === "IP3-PROG");
    expect(ip3?.reasons[0]?.text).toBe("Programme started 15 August 2019, inside the window from 1 July 2019 up to but not including 1 January 2020.");
    const uk = (await (await post(example, { "Accept-Language": "uk" })).json()) as Answer;
    expect(uk.lang).toBe("uk");
  });

  it("defaults the assessment date to today in Europe/Oslo", async () => {
    const { asOf, ...rest } = example;
    void asOf;
    const body = (await (await post(rest)).json()) as Answer;
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("asks for what it lacks instead of guessing", async () => {
    const body = (await (await post({ asOf: "2026-11-22", person: { legalBasis: "collective-protection" } })).json()) as Answer;
    expect(body.determinations.every((d) => d.status === "missing-information")).toBe(true);
    expect(body.determinations[0]?.missing).toContain("permitGranted");
  });
});

describe("POST /api/v1/eligibility with bad input", () => {
  const cases: Array<[string, unknown, string, string]> = [
    ["an impossible date", { person: { legalBasis: "introduksjonsloven", programme: { start: "2021-02-30" } } }, "person.programme.start", "impossible-date"],
    ["a malformed date", { person: { legalBasis: "introduksjonsloven", settled: "1.3.2023" } }, "person.settled", "invalid-date"],
    ["an end before its start", { person: { legalBasis: "introduksjonsloven", programme: { start: "2021-02-10", end: "2021-01-01" } } }, "person.programme.end", "end-before-start"],
    ["a wrong type", { person: { legalBasis: "introduksjonsloven", age: "31" } }, "person.age", "invalid-type"],
    ["an unknown legal basis", { person: { legalBasis: "asylum" } }, "person.legalBasis", "invalid-value"],
    ["an unknown field", { person: { legalBasis: "introduksjonsloven", name: "Ola" } }, "person.name", "unknown-field"],
    ["a missing legal basis", { person: {} }, "person.legalBasis", "required"],
    ["a negative age", { person: { legalBasis: "integreringsloven", age: -1 } }, "person.age", "too-small"],
  ];
  it.each(cases)("refuses %s with a field-level problem", async (_name, body, field, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    const problem = (await res.json()) as { errors: Array<{ field: string; code: string; message: string }> };
    expect(problem.errors).toContainEqual(expect.objectContaining({ field, code, message: expect.any(String) }));
  });

  it("gives field messages in Norwegian by default and in English on request", async () => {
    const bad = { person: { legalBasis: "introduksjonsloven", programme: { start: "2021-02-30" } } };
    const nb = (await (await post(bad)).json()) as { errors: Array<{ message: string }> };
    const en = (await (await post(bad, { "Accept-Language": "en" })).json()) as { errors: Array<{ message: string }> };
    expect(nb.errors[0]?.message).not.toBe(en.errors[0]?.message);
    expect(en.errors[0]?.message).toMatch(/date/i);
  });

  it("refuses malformed JSON and a body over the size limit without a 5xx", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ person: { legalBasis: "introduksjonsloven" }, pad: "x".repeat(70_000) }))).status).toBe(413);
  });
});

describe("GET /api/v1/rules", () => {
  it("lists the whole catalog with citations and texts", async () => {
    const res = await exports.default.fetch("https://rettsjekk.test/api/v1/rules");
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Rules-Version")).toBe(RULES_VERSION);
    const body = (await res.json()) as { rules: Array<{ id: string; citations: unknown[]; title: string }> };
    expect(body.rules).toHaveLength(38);
    expect(body.rules.every((r) => r.citations.length > 0 && r.title.length > 0)).toBe(true);
  });

  it("gives one rule with its data, and a 404 problem for an unknown id", async () => {
    const one = (await (await exports.default.fetch("https://rettsjekk.test/api/v1/rules/RECEPTION-2021")).json()) as {
      data: { amounts: Array<{ nok: number }> };
    };
    expect(one.data.amounts[0]?.nok).toBe(2003);
    const missing = await exports.default.fetch("https://rettsjekk.test/api/v1/rules/NOPE");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Content-Type")).toBe("application/problem+json");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document generated from the zod schemas", async () => {
    const doc = (await (await exports.default.fetch("https://rettsjekk.test/api/v1/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/eligibility", "/api/v1/rules", "/api/v1/rules/{id}"]));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["Person", "EligibilityRequest", "Determination", "Problem"]));
  });
});
