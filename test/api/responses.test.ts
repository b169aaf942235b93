import { exports } from "cloudflare:workers";
import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { BatchAnswerSchema } from "../../functions/core/batch/answerSchema";
import { LANGUAGES, RULE_IDS } from "../../functions/core/rules";
import { EligibilityAnswerSchema } from "../../functions/core/rules/answerSchema";
import { eligibilityAnswer } from "../../functions/eligibility/answer";
import { HealthSchema } from "../../functions/health";
import { ProblemSchema } from "../../functions/http/problem";
import { LinksSchema, RoundCreatedSchema } from "../../functions/intake/admin/api";
import { RoundStatusSchema } from "../../functions/intake/admin/status";
import { ContactRegisterSchema, ContactsSavedSchema } from "../../functions/intake/contacts/api";
import { DeliveriesSchema, DispatchSchema } from "../../functions/intake/mail/api";
import { captureQueue, dispatchWith, putContacts } from "../mail/helpers";
import { ReceiptSchema } from "../../functions/intake/submit";
import { RuleListSchema, RuleSchema } from "../../functions/rules-api/describe";
import { RuleChangesSchema } from "../../functions/rules-api/changes";
import { VerificationSchema } from "../../functions/core/receipt/schema";
import { CHANGELOG } from "../../functions/core/rules/history";
import { DOCX_TYPE } from "../../functions/decisions/docx";
import { ADMIN, call, callWith, counts, createRound, issueLinks, openLink, submitJson } from "../intake/helpers";
import { person } from "../rules/arbitraries";

/**
 * Every documented response of every route, called for real and parsed with the strict zod schema the
 * route declares (unknown keys fail), so the OpenAPI document cannot drift from what the API sends. The
 * last test holds this table to the document: a new route or status without a case here fails.
 */
type Case = {
  route: string;
  status: number;
  schema?: z.ZodType;
  csv?: string;
  /** A response that is neither JSON nor CSV: its content type and how its body starts (text, or the bytes of a binary file). */
  file?: { type: string; starts: string; binary?: true };
  send: () => Promise<Response>;
};

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "Content-Type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});
const asAdmin = (body?: unknown) => ({ method: "POST", headers: { ...ADMIN, "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
const example = { asOf: "2026-11-22", person: { legalBasis: "introduksjonsloven", programme: { start: "2019-08-15", end: "2021-12-31" } } };
const hour = 3_600_000;

/** A municipality's session in a fresh round: its cookie, and the round. */
async function session(round: Record<string, unknown> = {}) {
  const roundId = await createRound(round);
  const links = await issueLinks(roundId);
  return { roundId, cookie: await openLink(links["0301"]!) };
}

const CASES: Case[] = [
  { route: "GET /api/health", status: 200, schema: HealthSchema, send: () => call("/api/health") },

  { route: "POST /api/v1/eligibility", status: 200, schema: EligibilityAnswerSchema, send: () => call("/api/v1/eligibility", json(example, { "Accept-Language": "en" })) },
  { route: "POST /api/v1/eligibility", status: 400, schema: ProblemSchema, send: () => call("/api/v1/eligibility", json({ person: { legalBasis: "asyl", age: -1 } })) },
  { route: "POST /api/v1/eligibility", status: 413, schema: ProblemSchema, send: () => call("/api/v1/eligibility", json({ pad: "x".repeat(70_000) })) },
  { route: "POST /api/v1/eligibility", status: 415, schema: ProblemSchema, send: () => call("/api/v1/eligibility", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }) },

  {
    route: "POST /api/v1/eligibility/verify",
    status: 200,
    schema: VerificationSchema,
    send: async () => {
      const { receipt } = (await (await call("/api/v1/eligibility", json(example))).json()) as { receipt: unknown };
      return call("/api/v1/eligibility/verify", json({ request: example, receipt }));
    },
  },
  { route: "POST /api/v1/eligibility/verify", status: 400, schema: ProblemSchema, send: () => call("/api/v1/eligibility/verify", json({ request: example, receipt: { version: 2 } })) },
  { route: "POST /api/v1/eligibility/verify", status: 413, schema: ProblemSchema, send: () => call("/api/v1/eligibility/verify", json({ pad: "x".repeat(70_000) })) },
  { route: "POST /api/v1/eligibility/verify", status: 415, schema: ProblemSchema, send: () => call("/api/v1/eligibility/verify", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }) },

  {
    route: "POST /api/v1/eligibility/deadlines.ics",
    status: 200,
    file: { type: "text/calendar; charset=utf-8", starts: "BEGIN:VCALENDAR\r\n" },
    send: () => call("/api/v1/eligibility/deadlines.ics?reference=A-1", json({ asOf: "2026-12-01", person: { legalBasis: "integreringsloven", settled: "2026-11-30" } })),
  },
  { route: "POST /api/v1/eligibility/deadlines.ics", status: 400, schema: ProblemSchema, send: () => call("/api/v1/eligibility/deadlines.ics", json({ person: { legalBasis: "asyl" } })) },
  { route: "POST /api/v1/eligibility/deadlines.ics", status: 413, schema: ProblemSchema, send: () => call("/api/v1/eligibility/deadlines.ics", json({ pad: "x".repeat(70_000) })) },
  { route: "POST /api/v1/eligibility/deadlines.ics", status: 415, schema: ProblemSchema, send: () => call("/api/v1/eligibility/deadlines.ics", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }) },

  { route: "POST /api/v1/decisions/draft", status: 200, file: { type: DOCX_TYPE, starts: "PK\u0003\u0004", binary: true }, send: () => call("/api/v1/decisions/draft", json({ request: example, rule: "IP3-PROG", lang: "nb", format: "docx" })) },
  { route: "POST /api/v1/decisions/draft", status: 200, file: { type: "text/html; charset=utf-8", starts: '<!doctype html><html lang="nn">' }, send: () => call("/api/v1/decisions/draft", json({ request: example, rule: "IP3-PROG", lang: "nn", format: "html" })) },
  { route: "POST /api/v1/decisions/draft", status: 400, schema: ProblemSchema, send: () => call("/api/v1/decisions/draft", json({ request: example, rule: "IP3-PROG", lang: "en", format: "pdf" })) },
  { route: "POST /api/v1/decisions/draft", status: 413, schema: ProblemSchema, send: () => call("/api/v1/decisions/draft", json({ pad: "x".repeat(70_000) })) },
  { route: "POST /api/v1/decisions/draft", status: 415, schema: ProblemSchema, send: () => call("/api/v1/decisions/draft", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }) },
  { route: "POST /api/v1/decisions/draft", status: 422, schema: ProblemSchema, send: () => call("/api/v1/decisions/draft", json({ request: example, rule: "UA-NOR", lang: "nb", format: "html" })) },

  { route: "POST /api/v1/eligibility/batch", status: 200, schema: BatchAnswerSchema, send: () => call("/api/v1/eligibility/batch?asOf=2026-11-22", json([example.person, { legalBasis: "asyl" }])) },
  {
    route: "POST /api/v1/eligibility/batch",
    status: 200,
    schema: BatchAnswerSchema,
    send: () =>
      call("/api/v1/eligibility/batch?asOf=2026-11-22", {
        method: "POST",
        headers: { "Content-Type": "text/csv" },
        body: "referanse;lovgrunnlag;programstart;alder\nA-1;introduksjonsloven;15.08.2019;31\nA-2;asyl;30.02.2019;131\n",
      }),
  },
  { route: "POST /api/v1/eligibility/batch", status: 400, schema: ProblemSchema, send: () => call("/api/v1/eligibility/batch", json({ not: "a list" })) },
  {
    route: "POST /api/v1/eligibility/batch",
    status: 413,
    schema: ProblemSchema,
    send: () => call("/api/v1/eligibility/batch", { method: "POST", headers: { "Content-Type": "text/csv" }, body: `lovgrunnlag\n${"introduksjonsloven\n".repeat(5_001)}` }),
  },

  { route: "GET /api/v1/rules", status: 200, schema: RuleListSchema, send: () => call("/api/v1/rules", { headers: { "Accept-Language": "uk" } }) },
  ...RULE_IDS.map((id): Case => ({ route: "GET /api/v1/rules/{id}", status: 200, schema: RuleSchema, send: () => call(`/api/v1/rules/${id}`) })),
  { route: "GET /api/v1/rules/changes", status: 200, schema: RuleChangesSchema, send: () => call("/api/v1/rules/changes") },
  { route: "GET /api/v1/rules/changes", status: 200, schema: RuleChangesSchema, send: () => call(`/api/v1/rules/changes?since=${encodeURIComponent(CHANGELOG[0]!.version)}`) },
  { route: "GET /api/v1/rules/changes", status: 404, schema: ProblemSchema, send: () => call("/api/v1/rules/changes?since=1999-01-01%2Bffffffff") },
  { route: "GET /api/v1/rules/{id}", status: 404, schema: ProblemSchema, send: () => call("/api/v1/rules/NO-SUCH-RULE") },

  {
    route: "POST /api/v1/report/submissions",
    status: 201,
    schema: ReceiptSchema,
    send: async () => submitJson((await session()).cookie, "first-report-key", { values: counts(3, 1), expectedVersion: 0 }),
  },
  {
    route: "POST /api/v1/report/submissions",
    status: 200,
    schema: ReceiptSchema,
    send: async () => {
      const { cookie } = await session();
      await submitJson(cookie, "replayed-key-1", { values: counts(2), expectedVersion: 0 });
      return submitJson(cookie, "replayed-key-1", { values: counts(2), expectedVersion: 0 });
    },
  },
  { route: "POST /api/v1/report/submissions", status: 400, schema: ProblemSchema, send: async () => submitJson((await session()).cookie, "bad-values-key", { values: counts(-1), expectedVersion: 0 }) },
  {
    route: "POST /api/v1/report/submissions",
    status: 403,
    schema: ProblemSchema,
    send: async () => {
      const now = Date.now();
      const { cookie } = await session({ opensAt: new Date(now - 2 * hour).toISOString(), closesAt: new Date(now - hour).toISOString() });
      return submitJson(cookie, "closed-round-key", { values: counts(1), expectedVersion: 0 });
    },
  },
  { route: "POST /api/v1/report/submissions", status: 404, schema: ProblemSchema, send: () => submitJson("", "no-session-key", { values: counts(1), expectedVersion: 0 }) },
  {
    route: "POST /api/v1/report/submissions",
    status: 412,
    schema: ProblemSchema,
    send: async () => {
      const { cookie } = await session();
      await submitJson(cookie, "stale-key-1", { values: counts(1), expectedVersion: 0 });
      return submitJson(cookie, "stale-key-2", { values: counts(2), expectedVersion: 0, reason: "Retter antallet" });
    },
  },
  {
    route: "POST /api/v1/report/submissions",
    status: 422,
    schema: ProblemSchema,
    send: async () => {
      const { cookie } = await session();
      await submitJson(cookie, "reused-key-1", { values: counts(1), expectedVersion: 0 });
      return submitJson(cookie, "reused-key-1", { values: counts(5), expectedVersion: 0 });
    },
  },
  {
    route: "POST /api/v1/report/submissions",
    status: 429,
    schema: ProblemSchema,
    send: async () => {
      const { cookie } = await session();
      const refusing = { limit: async () => ({ success: false }) } as unknown as RateLimit;
      return callWith({ SUBMIT_LIMITER: refusing }, "/api/v1/report/submissions", json({ values: counts(1), expectedVersion: 0 }, { Cookie: cookie, "Idempotency-Key": "limited-key" }));
    },
  },

  { route: "POST /api/v1/admin/rounds", status: 201, schema: RoundCreatedSchema, send: () => call("/api/v1/admin/rounds", asAdmin({ template: "q1-2022", title: "Pakke 2022", opensAt: "2026-11-23T08:00:00+01:00", closesAt: "2026-12-07T23:59:00+01:00", municipalities: "all" })) },
  { route: "POST /api/v1/admin/rounds", status: 400, schema: ProblemSchema, send: () => call("/api/v1/admin/rounds", asAdmin({ template: "no-such-template" })) },
  { route: "POST /api/v1/admin/rounds", status: 401, schema: ProblemSchema, send: () => call("/api/v1/admin/rounds", json({})) },
  { route: "POST /api/v1/admin/rounds/{id}/links", status: 200, schema: LinksSchema, send: async () => call(`/api/v1/admin/rounds/${await createRound()}/links`, asAdmin({})) },
  {
    route: "POST /api/v1/admin/rounds/{id}/links",
    status: 200,
    csv: "\uFEFFkommunenummer;kommune;lenke",
    // Bodiless, as a script would send it; the JSON content type is required all the same.
    send: async () => call(`/api/v1/admin/rounds/${await createRound()}/links`, { method: "POST", headers: { ...ADMIN, "Content-Type": "application/json", Accept: "text/csv" } }),
  },
  { route: "POST /api/v1/admin/rounds/{id}/links", status: 404, schema: ProblemSchema, send: () => call(`/api/v1/admin/rounds/${crypto.randomUUID()}/links`, asAdmin({})) },
  { route: "POST /api/v1/admin/rounds/{id}/links", status: 401, schema: ProblemSchema, send: async () => call(`/api/v1/admin/rounds/${crypto.randomUUID()}/links`, json({})) },
  {
    route: "POST /api/v1/admin/rounds/{id}/links/{code}/revoke",
    status: 204,
    send: async () => {
      const roundId = await createRound();
      await issueLinks(roundId);
      return call(`/api/v1/admin/rounds/${roundId}/links/0301/revoke`, asAdmin());
    },
  },
  { route: "POST /api/v1/admin/rounds/{id}/links/{code}/revoke", status: 404, schema: ProblemSchema, send: async () => call(`/api/v1/admin/rounds/${await createRound()}/links/0301/revoke`, asAdmin()) },
  // Every admin POST: from another site (403), or not JSON (415).
  ...([
    ["POST /api/v1/admin/rounds", async () => "/api/v1/admin/rounds"],
    ["POST /api/v1/admin/rounds/{id}/links", async () => `/api/v1/admin/rounds/${await createRound()}/links`],
    ["POST /api/v1/admin/rounds/{id}/links/{code}/revoke", async () => `/api/v1/admin/rounds/${await createRound()}/links/0301/revoke`],
  ] satisfies Array<[string, () => Promise<string>]>).flatMap(([route, path]): Case[] => [
    { route, status: 403, schema: ProblemSchema, send: async () => call(await path(), { method: "POST", headers: { ...ADMIN, "Content-Type": "application/json", Origin: "https://evil.example" }, body: "{}" }) },
    { route, status: 415, schema: ProblemSchema, send: async () => call(await path(), { method: "POST", headers: { ...ADMIN, "Content-Type": "text/plain" }, body: "{}" }) },
  ]),
  {
    route: "GET /api/v1/admin/rounds/{id}/status",
    status: 200,
    schema: RoundStatusSchema,
    send: async () => {
      const { roundId, cookie } = await session();
      await submitJson(cookie, "status-report-key", { values: counts(4, 2), expectedVersion: 0 });
      return call(`/api/v1/admin/rounds/${roundId}/status`, { headers: ADMIN });
    },
  },
  { route: "GET /api/v1/admin/rounds/{id}/status", status: 404, schema: ProblemSchema, send: () => call(`/api/v1/admin/rounds/${crypto.randomUUID()}/status`, { headers: ADMIN }) },
  { route: "GET /api/v1/admin/rounds/{id}/export.csv", status: 200, csv: "\uFEFFkommunenummer;kommune;status;versjon", send: async () => call(`/api/v1/admin/rounds/${await createRound()}/export.csv`, { headers: ADMIN }) },
  { route: "GET /api/v1/admin/rounds/{id}/export.csv", status: 404, schema: ProblemSchema, send: () => call(`/api/v1/admin/rounds/${crypto.randomUUID()}/export.csv`, { headers: ADMIN }) },
  {
    route: "GET /api/v1/admin/rounds/{id}/export.json",
    status: 200,
    schema: RoundStatusSchema,
    send: async () => {
      const { roundId, cookie } = await session();
      await submitJson(cookie, "export-report-key", { values: counts(1), expectedVersion: 0 });
      return call(`/api/v1/admin/rounds/${roundId}/export.json`, { headers: ADMIN });
    },
  },
  { route: "GET /api/v1/admin/rounds/{id}/export.json", status: 404, schema: ProblemSchema, send: () => call(`/api/v1/admin/rounds/${crypto.randomUUID()}/export.json`, { headers: ADMIN }) },

  {
    route: "GET /api/v1/admin/contacts",
    status: 200,
    schema: ContactRegisterSchema,
    send: async () => {
      await putContacts([{ code: "0301", email: "ola.nordmann@oslo.kommune.example" }]);
      return call("/api/v1/admin/contacts", { headers: ADMIN });
    },
  },
  { route: "GET /api/v1/admin/contacts", status: 200, csv: "\uFEFFkommunenummer;kommune;epost;målform", send: () => call("/api/v1/admin/contacts", { headers: { ...ADMIN, Accept: "text/csv" } }) },
  { route: "PUT /api/v1/admin/contacts", status: 200, schema: ContactsSavedSchema, send: () => call("/api/v1/admin/contacts", { method: "PUT", headers: { ...ADMIN, "Content-Type": "text/csv" }, body: "kommunenummer;epost\n4601;kari@gmail.com\n" }) },
  { route: "PUT /api/v1/admin/contacts", status: 400, schema: ProblemSchema, send: () => call("/api/v1/admin/contacts", { method: "PUT", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify([{ code: "1507", email: "x" }]) }) },
  { route: "PUT /api/v1/admin/contacts", status: 415, schema: ProblemSchema, send: () => call("/api/v1/admin/contacts", { method: "PUT", headers: { ...ADMIN, "Content-Type": "text/plain" }, body: "0301 a@b.no" }) },
  {
    route: "DELETE /api/v1/admin/contacts/{code}",
    status: 204,
    send: async () => {
      await putContacts([{ code: "1103", email: "postmottak@stavanger.kommune.example" }]);
      return call("/api/v1/admin/contacts/1103", { method: "DELETE", headers: ADMIN });
    },
  },
  { route: "DELETE /api/v1/admin/contacts/{code}", status: 404, schema: ProblemSchema, send: () => call("/api/v1/admin/contacts/9999", { method: "DELETE", headers: ADMIN }) },
  {
    route: "POST /api/v1/admin/rounds/{id}/dispatch",
    status: 202,
    schema: DispatchSchema,
    send: async () => {
      const roundId = await createRound();
      await putContacts([{ code: "3201", email: "postmottak@baerum.kommune.example" }]);
      return dispatchWith(captureQueue().queue, roundId);
    },
  },
  { route: "POST /api/v1/admin/rounds/{id}/dispatch", status: 404, schema: ProblemSchema, send: () => call(`/api/v1/admin/rounds/${crypto.randomUUID()}/dispatch`, asAdmin({})) },
  {
    route: "POST /api/v1/admin/rounds/{id}/dispatch",
    status: 409,
    schema: ProblemSchema,
    send: async () => call(`/api/v1/admin/rounds/${await createRound({ opensAt: new Date(Date.now() - 2 * hour).toISOString(), closesAt: new Date(Date.now() - hour).toISOString() })}/dispatch`, asAdmin({})),
  },
  {
    route: "GET /api/v1/admin/rounds/{id}/deliveries",
    status: 200,
    schema: DeliveriesSchema,
    send: async () => {
      const roundId = await createRound({ municipalities: ["5001"] });
      await putContacts([{ code: "5001", email: "postmottak@trondheim.kommune.example" }]);
      await dispatchWith(captureQueue().queue, roundId);
      return call(`/api/v1/admin/rounds/${roundId}/deliveries`, { headers: ADMIN });
    },
  },
  { route: "GET /api/v1/admin/rounds/{id}/deliveries", status: 404, schema: ProblemSchema, send: () => call(`/api/v1/admin/rounds/${crypto.randomUUID()}/deliveries`, { headers: ADMIN }) },
  ...adminRefusals(),
];

/**
 * Every admin route, before it runs, answers 401 to a request without a credential and 429 to a client
 * locked out for refused credentials (a wrong Bearer token while LOGIN_LIMITER refuses).
 */
function adminRefusals(): Case[] {
  const id = "00000000-0000-4000-8000-00000000dead";
  const routes: Array<[method: string, documented: string, path: string]> = [
    ["POST", "/rounds", "/rounds"],
    ["POST", "/rounds/{id}/links", `/rounds/${id}/links`],
    ["POST", "/rounds/{id}/links/{code}/revoke", `/rounds/${id}/links/0301/revoke`],
    ["GET", "/rounds/{id}/status", `/rounds/${id}/status`],
    ["GET", "/rounds/{id}/export.csv", `/rounds/${id}/export.csv`],
    ["GET", "/rounds/{id}/export.json", `/rounds/${id}/export.json`],
    ["GET", "/contacts", "/contacts"],
    ["PUT", "/contacts", "/contacts"],
    ["DELETE", "/contacts/{code}", "/contacts/0301"],
    ["POST", "/rounds/{id}/dispatch", `/rounds/${id}/dispatch`],
    ["GET", "/rounds/{id}/deliveries", `/rounds/${id}/deliveries`],
  ];
  const refusing = { limit: async () => ({ success: false }) } as unknown as RateLimit;
  const init = (method: string, headers: Record<string, string>) => ({ method, headers: { "Content-Type": "application/json", ...headers }, body: method === "GET" || method === "DELETE" ? undefined : "{}" });
  return routes.flatMap(([method, documented, path]) => [
    { route: `${method} /api/v1/admin${documented}`, status: 401, schema: ProblemSchema, send: () => call(`/api/v1/admin${path}`, init(method, {})) },
    { route: `${method} /api/v1/admin${documented}`, status: 429, schema: ProblemSchema, send: () => callWith({ LOGIN_LIMITER: refusing }, `/api/v1/admin${path}`, init(method, { Authorization: "Bearer not-the-admin-token" })) },
  ]);
}

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
