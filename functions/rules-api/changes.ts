/** GET /api/v1/rules/changes: the rules' history, every kept catalog version with what changed from the one before. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/appEnv";
import { apiStrings, problem, PROBLEM_CONTENT } from "../http/problem";
import { RULES_VERSION } from "../core/rules";
import { CHANGELOG, changesSince } from "../core/rules/history";
import { ChangelogEntrySchema } from "../core/rules/history/schema";

export const RuleChangesSchema = z
  .strictObject({
    rulesVersion: z.string(),
    since: z.string().nullable(),
    versions: z.array(ChangelogEntrySchema).meta({ description: "Oldest first; with `since`, only the versions after it." }),
  })
  .meta({ id: "RuleChanges" });

const route = createRoute({
  method: "get",
  path: "/",
  summary: "What changed in the rules",
  description: "Every kept catalog version, oldest first, with the rules, windows, figures, validity dates, citations, notes and texts that changed from the version before.",
  request: {
    query: z.object({ since: z.string().max(60).optional().openapi({ param: { name: "since", in: "query" }, example: CHANGELOG[0]?.version, description: "A rules version: only the versions after it." }) }),
  },
  responses: {
    200: { description: "The kept versions and their changes", content: { "application/json": { schema: RuleChangesSchema } } },
    404: { description: "No kept version has that name", content: PROBLEM_CONTENT },
  },
});

export const ruleChangesApi = new OpenAPIHono<AppEnv>().openapi(route, (c) => {
  const { since } = c.req.valid("query");
  const versions = since === undefined ? CHANGELOG : changesSince(since);
  if (!versions) return problem(c, 404, { detail: apiStrings(c).details.unknownVersion(CHANGELOG.map((e) => e.version).join(", ")) });
  c.header("X-Rules-Version", RULES_VERSION);
  return c.json({ rulesVersion: RULES_VERSION, since: since ?? null, versions }, 200);
});
