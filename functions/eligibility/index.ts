/** POST /api/v1/eligibility: one person's determinations, worded in the language the client asks for. */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../http/appEnv";
import { answerLanguage } from "../http/language";
import { EligibilityRequestSchema, RULES_VERSION } from "../core/rules";
import { EligibilityAnswerSchema } from "../core/rules/answerSchema";
import { PROBLEM_CONTENT } from "../http/problem";
import { eligibilityAnswer } from "./answer";

const route = createRoute({
  method: "post",
  path: "/",
  summary: "Determinations for one person",
  description:
    "Evaluates every rule of the person's legal basis on `asOf` (default: today in Europe/Oslo). Nothing is stored or logged. Texts follow Accept-Language (nb, nn, en, uk); error messages are nb or en.",
  request: { body: { required: true, content: { "application/json": { schema: EligibilityRequestSchema } } } },
  responses: {
    200: { description: "One determination per rule", content: { "application/json": { schema: EligibilityAnswerSchema } } },
    400: { description: "Invalid input, with field-level messages", content: PROBLEM_CONTENT },
    413: { description: "Body too large", content: PROBLEM_CONTENT },
    415: { description: "Not JSON", content: PROBLEM_CONTENT },
  },
});

export const eligibility = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const lang = answerLanguage(c.req.header("Accept-Language"));
  c.header("X-Rules-Version", RULES_VERSION);
  c.header("Content-Language", lang);
  c.header("Cache-Control", "no-store");
  return c.json(await eligibilityAnswer(c.req.valid("json"), lang), 200);
});
