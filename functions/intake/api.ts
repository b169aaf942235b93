/** The municipality's JSON API (/api/v1/report): the same submission as the form, for systems. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/appEnv";
import { pickLanguage } from "../http/language";
import { apiStrings, problem, PROBLEM_CONTENT as problems } from "../http/problem";
import { validationProblem } from "../http/validation";
import { reportContext } from "./context";
import { queueReceipt } from "./mail/receipt";
import { osloDateTime } from "./osloTime";
import { ReceiptSchema, submit } from "./submit";
import { reasonSchema, valuesSchema } from "./values";

const SubmissionSchema = z
  .strictObject({ values: z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string()]))), expectedVersion: z.number().int().min(0).max(10_000), reason: reasonSchema.optional() })
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
      400: { description: "Invalid values or reason: `errors` names each field (`values.<line>.<part>`, `reason`)", content: problems },
      403: { description: "The round is not open yet or has closed, or the request came from another website", content: problems },
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
    if (!values.success) return validationProblem(c, values.error, body.values, "values");
    const result = await submit(c.env.DB, { roundId: ctx.roundId, code: ctx.code, idempotencyKey: c.req.valid("header")["idempotency-key"], expectedVersion: body.expectedVersion, values: values.data, reason: body.reason, now: new Date() });
    const words = apiStrings(c).details;
    switch (result.kind) {
      case "created":
        if (result.receiptDelivery) await queueReceipt(c.env, result.receiptDelivery);
        return c.json(result.receipt, 201);
      case "replayed":
        return c.json(result.receipt, 200);
      case "key-reused":
        return problem(c, 422, { detail: words.keyReused });
      case "stale":
        return problem(c, 412, { detail: words.staleVersion(result.latestVersion), extensions: { latestVersion: result.latestVersion } });
      case "not-open":
        return problem(c, 403, { detail: words.roundNotOpen(osloDateTime(ctx.opensAt, pickLanguage(c.req.header("Accept-Language")))) });
      case "closed":
        return problem(c, 403, { detail: words.reportsClosed });
    }
  },
);
