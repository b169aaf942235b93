/** GET /api/health: liveness for uptime checks and the e2e web server; touches no binding. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/appEnv";

export const HealthSchema = z.strictObject({ status: z.literal("ok") }).openapi("Health");

const route = createRoute({
  method: "get",
  path: "/",
  summary: "Liveness check",
  responses: {
    200: { description: "The Worker is up", content: { "application/json": { schema: HealthSchema } } },
  },
});

const health = new OpenAPIHono<AppEnv>().openapi(route, (c) => {
  c.header("Cache-Control", "no-store");
  return c.json({ status: "ok" as const }, 200);
});

export default health;
