import { OpenAPIHono } from "@hono/zod-openapi";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../functions/app";
import type { AppEnv } from "../../functions/http/appEnv";

const app = createApp();
app.route("/links", new OpenAPIHono<AppEnv>().get("/:token", (c) => c.json({ ok: true })));

const TOKEN = "s3cretT0kenValue_abcdefghijklmnop";

function loggedLines(spy: { mock: { calls: unknown[][] } }) {
  return spy.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
}

afterEach(() => vi.restoreAllMocks());

describe("request log", () => {
  it("logs the route pattern, never the token or the query string", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const res = await app.request(`/api/links/${TOKEN}?email=someone@example.no`, {}, env);
    expect(res.status).toBe(200);
    const [line] = loggedLines(log);
    expect(line).toEqual({
      level: "info",
      event: "request",
      requestId: res.headers.get("X-Request-Id"),
      method: "GET",
      path: "/api/links/:token",
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/s3cret|email|example\.no/);
  });

  it("masks token-like segments on unmatched paths", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await app.request(`/api/old-links/${TOKEN}/submit?x=1`, { method: "POST" }, env);
    expect(loggedLines(log)[0]).toMatchObject({ path: "/api/old-links/:redacted/submit", status: 404 });
  });

  it("logs unexpected errors by message only, at error level", async () => {
    const boom = createApp();
    boom.get("/boom", () => {
      throw new Error("kaboom");
    });
    vi.spyOn(console, "log").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await boom.request("/api/boom", {}, env);
    const lines = loggedLines(error);
    expect(lines[0]).toMatchObject({ level: "error", event: "unhandled_error", message: "kaboom" });
    expect(lines[1]).toMatchObject({ level: "error", event: "request", status: 500 });
  });
});
