/**
 * The admin JSON API (/api/v1/admin): rounds, links, status and export. Every action is audited, views
 * and exports included. index.ts puts the same-origin check, the JSON-only POSTs and no-store in front.
 */
import { ADMIN_AUTH_REFUSALS } from "./refusals";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/appEnv";
import { apiStrings, problem, PROBLEM_CONTENT as problems } from "../../http/problem";
import { publicOrigin } from "../../http/publicOrigin";
import { adminActor } from "./actor";
import { audit } from "./audit";
import { requireAdminApi } from "./auth";
import { Code, NewRoundSchema } from "./newRound";
import { createRound, issueLinks, linksCsv, revokeLink } from "./rounds";
import { exportCsv, roundStatus, RoundStatusSchema } from "./status";
import { contactsApi } from "../contacts/api";
import { mailApi } from "../mail/api";

export const RoundCreatedSchema = z.strictObject({ id: z.string().uuid(), municipalities: z.number().int() }).openapi("RoundCreated");
export const LinksSchema = z
  .strictObject({ links: z.array(z.strictObject({ code: z.string(), name: z.string(), url: z.string().url() })) })
  .openapi("Links", { description: "One link per municipality, for the mail merge; shown once, never stored." });
/** What the guards in front of every admin POST answer (guards.ts), in each POST route's documentation. */
const POST_REFUSALS = {
  403: { description: "Sent from another website (Origin, else Sec-Fetch-Site)", content: problems },
  415: { description: "Not Content-Type: application/json (a bodiless POST too; its empty body reads as {})", content: problems },
} as const;
const RoundId = z.object({ id: z.string().uuid().openapi({ param: { name: "id", in: "path" } }) });

export const adminApi = new OpenAPIHono<AppEnv>();
adminApi.use(requireAdminApi());

adminApi.openapi(
  createRoute({ method: "post", path: "/rounds", summary: "Create a reporting round from a template", request: { body: { required: true, content: { "application/json": { schema: NewRoundSchema } } } }, responses: { ...ADMIN_AUTH_REFUSALS, 201: { description: "Created", content: { "application/json": { schema: RoundCreatedSchema } } }, 400: { description: "Invalid", content: problems }, ...POST_REFUSALS } }),
  async (c) => {
    const body = c.req.valid("json");
    const result = await createRound(c.env.DB, { ...body, opensAt: new Date(body.opensAt).toISOString(), closesAt: new Date(body.closesAt).toISOString() }, adminActor(c));
    if (!result.ok) return problem(c, 400, { detail: `Ukjente kommunenummer: ${result.unknown.join(", ")}` });
    return c.json({ id: result.id, municipalities: result.municipalities }, 201);
  },
);

adminApi.openapi(
  createRoute({ method: "post", path: "/rounds/{id}/links", summary: "Issue (or reissue) one link per municipality; tokens are shown once", request: { params: RoundId, body: { required: false, content: { "application/json": { schema: z.strictObject({ municipalities: z.union([z.literal("all"), z.array(Code).max(400)]).optional() }) } } } }, responses: { ...ADMIN_AUTH_REFUSALS, 200: { description: "Links for the mail merge (JSON, or CSV with Accept: text/csv)", content: { "application/json": { schema: LinksSchema }, "text/csv": { schema: z.string() } } }, 404: { description: "No such round", content: problems }, ...POST_REFUSALS } }),
  async (c) => {
    const body = c.req.valid("json") ?? {};
    const links = await issueLinks(c.env.DB, c.req.valid("param").id, body.municipalities ?? "all", adminActor(c), publicOrigin(c.env));
    if (!links) return problem(c, 404, { detail: apiStrings(c).details.noSuchRound });
    if ((c.req.header("Accept") ?? "").includes("text/csv")) {
      return c.body(linksCsv(links), 200, { "Content-Type": "text/csv; charset=utf-8" });
    }
    return c.json({ links }, 200);
  },
);

adminApi.openapi(
  createRoute({ method: "post", path: "/rounds/{id}/links/{code}/revoke", summary: "Revoke a municipality's link", request: { params: RoundId.extend({ code: Code.openapi({ param: { name: "code", in: "path" } }) }) }, responses: { ...ADMIN_AUTH_REFUSALS, 204: { description: "Revoked" }, 404: { description: "No live link", content: problems }, ...POST_REFUSALS } }),
  async (c) => {
    const { id, code } = c.req.valid("param");
    return (await revokeLink(c.env.DB, id, code, adminActor(c))) ? c.body(null, 204) : problem(c, 404);
  },
);

adminApi.openapi(
  createRoute({ method: "get", path: "/rounds/{id}/status", summary: "Who has reported, with totals per line and in all", request: { params: RoundId }, responses: { ...ADMIN_AUTH_REFUSALS, 200: { description: "Status", content: { "application/json": { schema: RoundStatusSchema } } }, 404: { description: "No such round", content: problems } } }),
  async (c) => {
    const status = await roundStatus(c.env.DB, c.req.valid("param").id);
    if (!status) return problem(c, 404);
    await audit(c.env.DB, { actor: adminActor(c), action: "round.status.viewed", roundId: status.round.id });
    const { template, ...rest } = status;
    void template;
    return c.json(rest, 200);
  },
);

adminApi.openapi(
  createRoute({ method: "get", path: "/rounds/{id}/export.csv", summary: "Payout export: semicolon CSV, UTF-8 with BOM, integers", request: { params: RoundId }, responses: { ...ADMIN_AUTH_REFUSALS, 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, 404: { description: "No such round", content: problems } } }),
  async (c) => {
    const status = await roundStatus(c.env.DB, c.req.valid("param").id);
    if (!status) return problem(c, 404);
    await audit(c.env.DB, { actor: adminActor(c), action: "round.exported", roundId: status.round.id, detail: { format: "csv" } });
    return c.body(exportCsv(status), 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="rettsjekk-${status.round.id}.csv"` });
  },
);

adminApi.openapi(
  createRoute({ method: "get", path: "/rounds/{id}/export.json", summary: "Payout export as JSON (the same rows as the CSV)", request: { params: RoundId }, responses: { ...ADMIN_AUTH_REFUSALS, 200: { description: "JSON", content: { "application/json": { schema: RoundStatusSchema } } }, 404: { description: "No such round", content: problems } } }),
  async (c) => {
    const status = await roundStatus(c.env.DB, c.req.valid("param").id);
    if (!status) return problem(c, 404);
    await audit(c.env.DB, { actor: adminActor(c), action: "round.exported", roundId: status.round.id, detail: { format: "json" } });
    const { template, ...rest } = status;
    void template;
    return c.json(rest, 200, { "Content-Disposition": `attachment; filename="rettsjekk-${status.round.id}.json"` });
  },
);

// The contact register and the e-mails: their own modules, mounted here so the admin API's authentication
// (and every middleware over it) covers them like the routes above.
adminApi.route("/", contactsApi);
adminApi.route("/", mailApi);
