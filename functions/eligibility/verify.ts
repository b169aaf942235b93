/**
 * POST /api/v1/eligibility/verify: the original request and its receipt in; whether today's engine gives
 * the same outcome out, and if not, which rules changed between the two catalog versions. Nothing is
 * stored or logged: the receipt travels with the case file.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/appEnv";
import { apiStrings, problem, PROBLEM_CONTENT } from "../http/problem";
import { EligibilityRequestSchema, RULES_VERSION } from "../core/rules";
import { ReceiptSchema, VerificationSchema } from "../core/receipt/schema";
import { parseReceiptCode } from "../core/receipt/receipt";
import { verifyReceipt } from "../core/receipt/verify";

const VerifyRequestSchema = z
  .strictObject({
    request: EligibilityRequestSchema.meta({ description: "The request the answer was given for, as sent to /api/v1/eligibility." }),
    receipt: z.union([ReceiptSchema, z.string().max(200).meta({ description: "The receipt's one-line form (rk1:…), as printed." })]),
  })
  .meta({ id: "VerifyRequest" });

const route = createRoute({
  method: "post",
  path: "/",
  summary: "Check a receipt against today's engine",
  description:
    "Recomputes the answer to the original request on the receipt's assessment date (unless the request names one) and compares its receipt. When the outcome differs, names the rules that changed between the receipt's catalog version and today's (from the kept history). Nothing is stored or logged.",
  request: { body: { required: true, content: { "application/json": { schema: VerifyRequestSchema } } } },
  responses: {
    200: { description: "Same or different, and why", content: { "application/json": { schema: VerificationSchema } } },
    400: { description: "Invalid request or receipt, with field-level messages", content: PROBLEM_CONTENT },
    413: { description: "Body too large", content: PROBLEM_CONTENT },
    415: { description: "Not JSON", content: PROBLEM_CONTENT },
  },
});

export const verifyApi = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { request, receipt } = c.req.valid("json");
  const parsed = typeof receipt === "string" ? parseReceiptCode(receipt) : receipt;
  if (!parsed) return problem(c, 400, { detail: apiStrings(c).details.badReceipt });
  c.header("X-Rules-Version", RULES_VERSION);
  c.header("Cache-Control", "no-store");
  return c.json(await verifyReceipt(request, parsed), 200);
});
