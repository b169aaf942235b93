/** The municipality's JSON API (/api/v1/report): the same submission as the form, for systems. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/appEnv";
import { problem, PROBLEM_CONTENT as problems } from "../http/problem";
import { reportContext } from "./context";
import { queueReceipt } from "./mail/receipt";
import { ReceiptSchema, submit } from "./submit";
import { valuesSchema } from "./values";

const SubmissionSchema = z
  .strictObject({ values: z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string()]))), expectedVersion: z.number().int().min(0).max(10_000), reason: z.string().max(500).optional() })
  .openapi("Submission");

export const reportApi = new OpenAPIHono<AppEnv>();

reportApi.openapi(
  createRoute({
    method: "post",
    path: "/submissions",
    summary: "Submit or correct this municipality's report (session cookie from the link; Idempotency-Key required)",
    request: { headers: z.object({ "idempotency-key": z.string().min(8).max(100) }), body: { required: true, content: { "application/json": { schema: SubmissionSchema } } } },
    responses: {
      201: { description: "Receipt", content: { "application/json": { schema: ReceiptSchema } } },
      200: { description: "Replayed receipt for a retry with the same key and body", content: { "application/json": { schema: ReceiptSchema } } },
      400: { description: "Invalid values", content: problems },
      403: { description: "Round closed", content: problems },
      404: { description: "No session", content: problems },
      412: { description: "Stale correction: expectedVersion is not the latest", content: problems },
      422: { description: "Idempotency key reused with a different body", content: problems },
      429: { description: "Too many submissions", content: problems },
    },
  }),
  async (c) => {
    const ctx = await reportContext(c);
    if (!ctx) return problem(c, 404);
    const limiter = await c.env.SUBMIT_LIMITER.limit({ key: `${ctx.roundId}:${ctx.code}` });
    if (!limiter.success) return problem(c, 429, { headers: { "Retry-After": "60" } });
    const body = c.req.valid("json");
    const values = valuesSchema(ctx.template).safeParse(body.values);
    if (!values.success) return problem(c, 400, { detail: "values" });
    const result = await submit(c.env.DB, { roundId: ctx.roundId, code: ctx.code, idempotencyKey: c.req.valid("header")["idempotency-key"], expectedVersion: body.expectedVersion, values: values.data, reason: body.reason, now: new Date() });
    switch (result.kind) {
      case "created":
        if (result.receiptDelivery) await queueReceipt(c.env, result.receiptDelivery);
        return c.json(result.receipt, 201);
      case "replayed":
        return c.json(result.receipt, 200);
      case "key-reused":
        return problem(c, 422, { detail: "Idempotency-Key was used with a different body." });
      case "stale":
        return problem(c, 412, { detail: `The latest version is ${result.latestVersion}.`, extensions: { latestVersion: result.latestVersion } });
      default:
        return problem(c, 403, { detail: "The round is not open for reports." });
    }
  },
);
