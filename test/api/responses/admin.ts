import { ProblemSchema } from "../../../functions/http/problem";
import { LinksSchema, RoundCreatedSchema } from "../../../functions/intake/admin/api";
import { RoundStatusSchema } from "../../../functions/intake/admin/status";
import { ContactRegisterSchema, ContactsSavedSchema } from "../../../functions/intake/contacts/api";
import { DeliveriesSchema, DispatchSchema } from "../../../functions/intake/mail/api";
import { captureQueue, dispatchWith, putContacts } from "../../mail/helpers";
import { ADMIN, call, callWith, counts, createRound, issueLinks, submitJson } from "../../intake/helpers";
import { asAdmin, hour, json, session, type Case } from "./cases";

/** IMDi's admin routes: rounds, links, status, exports, contacts, dispatch and deliveries. */
export const ADMIN_CASES: Case[] = [
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
