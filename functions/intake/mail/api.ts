/**
 * Sending a round's links and following every e-mail (/api/v1/admin/rounds/{id}/dispatch and
 * …/deliveries). Mounted inside the admin API, so its authentication (and any middleware over the admin
 * API) covers these routes too. Neither answer ever holds a token or an address.
 */
import { ADMIN_AUTH_REFUSALS } from "../admin/refusals";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/appEnv";
import { apiStrings, problem, PROBLEM_CONTENT as problems } from "../../http/problem";
import { adminActor } from "../admin/actor";
import { Code } from "../admin/newRound";
import { deliveryRows, dispatch } from "./deliveries";

const RoundId = z.object({ id: z.string().uuid().openapi({ param: { name: "id", in: "path" } }) });

export const DispatchSchema = z
  .strictObject({
    queued: z.number().int().meta({ description: "Link e-mails put on the queue now." }),
    alreadyQueuedOrSent: z.number().int().meta({ description: "Municipalities with an address whose link e-mail was queued or sent before: not sent again." }),
    withoutAddress: z.array(Code).meta({ description: "Municipalities of the round without an address in the contact register: they get no e-mail." }),
  })
  .openapi("Dispatch");

export const DELIVERY_KINDS = ["link", "reminder", "receipt"] as const;
export const DELIVERY_STATUSES = ["queued", "sent", "failed", "skipped"] as const;

export const DeliveriesSchema = z
  .strictObject({
    deliveries: z.array(
      z.strictObject({
        code: Code,
        name: z.string(),
        kind: z.enum(DELIVERY_KINDS),
        status: z.enum(DELIVERY_STATUSES).meta({ description: "queued (waiting or being retried), sent, failed (see reason; can be re-sent), skipped (no longer wanted: reason says why)." }),
        attempts: z.number().int().min(0),
        reason: z.string().nullable().meta({ description: "Why the last attempt failed or the e-mail was skipped (reported, deadline-passed, no-address…); never an address." }),
        at: z.iso.datetime().meta({ description: "When it was sent, or else when its state last changed." }),
        queuedAt: z.iso.datetime(),
      }),
    ),
  })
  .openapi("Deliveries");

export const mailApi = new OpenAPIHono<AppEnv>();

mailApi.openapi(
  createRoute({
    method: "post",
    path: "/rounds/{id}/dispatch",
    summary: "Send the round's links by e-mail: every municipality with an address that has not been sent one (twice is once); ?code=NNNN for one",
    description:
      "With code: a link e-mail still on its way is left alone, a failed one is queued again, and otherwise a new e-mail with a new link is sent (earlier links keep working). Each e-mail's link is made when it is sent and exists only in the e-mail.",
    request: {
      params: RoundId,
      query: z.object({ code: Code.optional().openapi({ param: { name: "code", in: "query" } }) }),
      body: { required: false, content: { "application/json": { schema: z.strictObject({}) } } },
    },
    responses: { ...ADMIN_AUTH_REFUSALS,
      202: { description: "Queued", content: { "application/json": { schema: DispatchSchema } } },
      404: { description: "No such round, or the municipality is not in it", content: problems },
      409: { description: "The round is closed (its deadline has passed and late reports are not allowed)", content: problems },
    },
  }),
  async (c) => {
    const result = await dispatch(c.env, c.req.valid("param").id, c.req.valid("query").code, adminActor(c), new Date());
    if (result === "not-found") return problem(c, 404);
    if (result === "closed") return problem(c, 409, { detail: apiStrings(c).details.roundClosed });
    return c.json(result, 202);
  },
);

mailApi.openapi(
  createRoute({
    method: "get",
    path: "/rounds/{id}/deliveries",
    summary: "Every e-mail of the round: link, reminders and receipts per municipality, with their state",
    request: { params: RoundId },
    responses: { ...ADMIN_AUTH_REFUSALS,
      200: { description: "One row per e-mail, oldest first", content: { "application/json": { schema: DeliveriesSchema } } },
      404: { description: "No such round", content: problems },
    },
  }),
  async (c) => {
    const rows = await deliveryRows(c.env.DB, c.req.valid("param").id);
    if (!rows) return problem(c, 404);
    c.header("Cache-Control", "no-store");
    return c.json({ deliveries: rows }, 200);
  },
);
