import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp, MAX_BODY_BYTES } from "../../functions/app";
import type { AppEnv } from "../../functions/http/appEnv";
import { packFor } from "../../functions/core/i18n";

const BASE = "https://rettsjekk.test";
const call = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

/** Asserts an RFC 9457 body and returns it for further checks. */
async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  // Error paths must carry the same protection as successes.
  expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers.get("X-Request-Id")).toBeTruthy();
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  expect(body.instance).toBe(`urn:uuid:${res.headers.get("X-Request-Id")}`);
  return body;
}

// A probe app built from the same shell as the Worker, with a JSON route to exercise body validation.
const Body = z.object({
  person: z.object({ programme: z.object({ start: z.iso.date() }), legalBasis: z.enum(["a", "b"]) }).strict(),
});
const probeRoute = createRoute({
  method: "post",
  path: "/",
  request: { body: { required: true, content: { "application/json": { schema: Body } } } },
  responses: { 200: { description: "ok" } },
});
const probe = createApp();
probe.route("/probe", new OpenAPIHono<AppEnv>().openapi(probeRoute, (c) => c.json({ ok: true }, 200)));
probe.get("/boom", () => {
  throw new Error("secret database detail");
});
const postProbe = (body: string, headers: Record<string, string> = {}) =>
  probe.request("/api/probe", { method: "POST", body, headers: { "Content-Type": "application/json", ...headers } }, env);

describe("API errors are problem+json, never 5xx for client mistakes", () => {
  it("unknown /api route → 404, Norwegian by default", async () => {
    const res = await call("/api/does-not-exist?token=abc");
    const body = await expectProblem(res, 404);
    expect(body).toMatchObject({ type: "about:blank", title: "Fant ikke ressursen" });
    expect(res.headers.get("Content-Language")).toBe("nb");
  });

  it("answers in English when asked", async () => {
    const res = await call("/api/nope", { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    expect((await expectProblem(res, 404)).title).toBe("Not found");
  });

  it("wrong method on a known route → 405 with Allow", async () => {
    const res = await call("/api/health", { method: "DELETE" });
    await expectProblem(res, 405);
    expect(res.headers.get("Allow")).toContain("GET");
  });

  it("oversized body → 413", async () => {
    const res = await call("/api/health", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ padding: "x".repeat(MAX_BODY_BYTES) }),
    });
    await expectProblem(res, 413);
  });

  it("malformed JSON → 400", async () => {
    const body = await expectProblem(await postProbe("{not json"), 400);
    expect(body.detail).toMatch(/malformed json/i);
  });

  it("wrong content type → 415", async () => {
    const res = await probe.request(
      "/api/probe",
      { method: "POST", body: "{}", headers: { "Content-Type": "application/xml" } },
      env,
    );
    await expectProblem(res, 415);
  });

  it("invalid fields → 400 with one entry per field, dotted paths and localised messages", async () => {
    const res = await postProbe(JSON.stringify({ person: { programme: { start: "01.02.2024" }, extra: 1 } }));
    const body = await expectProblem(res, 400);
    expect(body.type).toBe("/problems/validation");
    const nb = packFor("nb").validation;
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: "person.programme.start", code: "invalid-date", message: nb["invalid-date"] },
        { field: "person.legalBasis", code: "required", message: nb.required },
        { field: "person.extra", code: "unknown-field", message: nb["unknown-field"] },
      ]),
    );

    const en = await expectProblem(await postProbe(JSON.stringify({ person: { programme: {}, legalBasis: "c" } }), { "Accept-Language": "en" }), 400);
    const enMessages = packFor("en").validation;
    expect(en.errors).toEqual([
      { field: "person.programme.start", code: "required", message: enMessages.required },
      { field: "person.legalBasis", code: "invalid-value", message: enMessages["invalid-value"] },
    ]);
  });

  it("valid body passes through", async () => {
    const res = await postProbe(JSON.stringify({ person: { programme: { start: "2024-02-01" }, legalBasis: "a" } }));
    expect(res.status).toBe(200);
  });

  it("unexpected error → generic 500 that leaks nothing", async () => {
    const res = await probe.request("/api/boom", {}, env);
    const body = await expectProblem(res, 500);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(body.detail).toBeUndefined();
  });
});
