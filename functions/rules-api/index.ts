/** GET /api/v1/rules and /api/v1/rules/{id}: the catalog as data, with texts in the requested language. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/appEnv";
import { answerLanguage } from "../http/language";
import { problem, PROBLEM_CONTENT } from "../http/problem";
import { getRule, RULE_IDS, RULES, RULES_VERSION } from "../core/rules";
import { describeRule, RuleListSchema, RuleSchema } from "./describe";

const list = createRoute({
  method: "get",
  path: "/",
  summary: "The rules catalog",
  responses: {
    200: {
      description: "Every rule with validity, figures, citations and texts",
      content: { "application/json": { schema: RuleListSchema } },
    },
  },
});

const one = createRoute({
  method: "get",
  path: "/{id}",
  summary: "One rule",
  request: {
    params: z.object({
      id: z.string().max(40).openapi({ param: { name: "id", in: "path" }, example: "IP3-PROG", description: RULE_IDS.join(", ") }),
    }),
  },
  responses: {
    200: { description: "The rule", content: { "application/json": { schema: RuleSchema } } },
    404: { description: "No rule with that id", content: PROBLEM_CONTENT },
  },
});

export const rulesApi = new OpenAPIHono<AppEnv>();
rulesApi.use(async (c, next) => {
  await next();
  c.header("X-Rules-Version", RULES_VERSION);
});
rulesApi
  .openapi(list, (c) => {
    const lang = answerLanguage(c.req.header("Accept-Language"));
    c.header("Content-Language", lang);
    return c.json({ rulesVersion: RULES_VERSION, rules: RULES.map((r) => describeRule(r, lang)) }, 200);
  })
  .openapi(one, (c) => {
    const rule = getRule(c.req.valid("param").id);
    if (!rule) return problem(c, 404, { detail: `Unknown rule id. Known ids: ${RULE_IDS.join(", ")}` });
    const lang = answerLanguage(c.req.header("Accept-Language"));
    c.header("Content-Language", lang);
    return c.json(describeRule(rule, lang), 200);
  });
