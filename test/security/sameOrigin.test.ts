import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, BASE, call, counts, createRound, issueLinks, openLink, submitJson } from "../intake/helpers";

/**
 * Issue 12, item 1: a state change from another site is refused, on the admin API (every route under
 * /api/v1/admin, bodiless POSTs included), the municipality's API and the Worker-rendered pages. The
 * red-team probe: POST …/links and …/links/{code}/revoke with `Origin: https://evil.example` and
 * `Sec-Fetch-Site: cross-site` used to succeed (200 and 204) with the admin's credential.
 */
const EVIL = "https://evil.example";
const JSON_TYPE = { "Content-Type": "application/json" };

/** Browser-like header sets: how a request tells where it comes from. */
const CROSS_SITE: Array<[string, Record<string, string>]> = [
  ["Origin of another site", { Origin: EVIL }],
  ["Origin of another site, fetch metadata saying same-origin", { Origin: EVIL, "Sec-Fetch-Site": "same-origin" }],
  ["Sec-Fetch-Site: cross-site, no Origin", { "Sec-Fetch-Site": "cross-site" }],
  ["Sec-Fetch-Site: same-site (a sibling subdomain)", { "Sec-Fetch-Site": "same-site" }],
  ["Origin: null with Sec-Fetch-Site: cross-site (sandboxed frame)", { Origin: "null", "Sec-Fetch-Site": "cross-site" }],
  ["Origin: null without fetch metadata", { Origin: "null" }],
  ["the site's origin over plain http", { Origin: BASE.replace("https:", "http:") }],
];
const SAME_ORIGIN: Array<[string, Record<string, string>]> = [
  ["Origin of the site", { Origin: BASE }],
  // What our own pages send: Referrer-Policy no-referrer makes a POST's Origin "null".
  ["Origin: null with Sec-Fetch-Site: same-origin", { Origin: "null", "Sec-Fetch-Site": "same-origin" }],
  ["Sec-Fetch-Site: same-origin, no Origin", { "Sec-Fetch-Site": "same-origin" }],
];

async function expectCrossSiteProblem(res: Response, language: "nb" | "en" = "nb") {
  expect(res.status).toBe(403);
  expect(res.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as { title: string; detail: string };
  expect(body.detail).toBe(language === "en" ? "The request came from another website. Changes can only be made from Rettsjekk itself." : "Forespørselen kom fra en annen nettside. Endringer kan bare gjøres fra Rettsjekk selv.");
}

const auditCount = async (action: string, roundId: string) =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND round_id = ?").bind(action, roundId).first<{ n: number }>())!.n;

describe("admin API: cross-site state changes are refused", () => {
  it.each(CROSS_SITE)("reissuing every link (bodiless POST …/links), %s → 403, no link changed", async (_, headers) => {
    const roundId = await createRound();
    const before = await issueLinks(roundId);
    const res = await call(`/api/v1/admin/rounds/${roundId}/links`, { method: "POST", headers: { ...ADMIN, ...JSON_TYPE, ...headers } });
    await expectCrossSiteProblem(res);
    // The links the municipalities hold still work, and the audit log says one issue, not two.
    expect((await call(before["0301"]!)).status).toBe(303);
    expect(await auditCount("links.issued", roundId)).toBe(1);
  });

  it.each(CROSS_SITE)("revoking a link (bodiless POST …/revoke), %s → 403, the link still works", async (_, headers) => {
    const roundId = await createRound();
    const links = await issueLinks(roundId);
    const res = await call(`/api/v1/admin/rounds/${roundId}/links/0301/revoke`, { method: "POST", headers: { ...ADMIN, ...JSON_TYPE, ...headers } });
    await expectCrossSiteProblem(res);
    expect((await call(links["0301"]!)).status).toBe(303);
    expect(await auditCount("link.revoked", roundId)).toBe(0);
  });

  it("creating a round from another site → 403 in the client's language, no round stored", async () => {
    const before = (await env.DB.prepare("SELECT COUNT(*) AS n FROM rounds").first<{ n: number }>())!.n;
    const res = await call("/api/v1/admin/rounds", {
      method: "POST",
      headers: { ...ADMIN, ...JSON_TYPE, Origin: EVIL, "Accept-Language": "en" },
      body: JSON.stringify({ template: "package-iii-2021", title: "Fra en annen side", opensAt: "2026-11-23T08:00:00+01:00", closesAt: "2026-12-07T23:59:00+01:00", municipalities: ["0301"] }),
    });
    await expectCrossSiteProblem(res, "en");
    expect((await env.DB.prepare("SELECT COUNT(*) AS n FROM rounds").first<{ n: number }>())!.n).toBe(before);
  });

  it("covers every path under /api/v1/admin, routes added later included (refused before routing)", async () => {
    for (const path of ["/api/v1/admin/contacts", "/api/v1/admin/rounds/x/dispatch", "/api/v1/admin/anything/new"]) {
      await expectCrossSiteProblem(await call(path, { method: "POST", headers: { ...ADMIN, ...JSON_TYPE, Origin: EVIL }, body: "{}" }));
    }
  });

  it.each(SAME_ORIGIN)("accepts the site's own pages: %s", async (_, headers) => {
    const roundId = await createRound();
    const res = await call(`/api/v1/admin/rounds/${roundId}/links`, { method: "POST", headers: { ...ADMIN, ...JSON_TYPE, ...headers }, body: "{}" });
    expect(res.status).toBe(200);
  });

  it("accepts a client that is not a browser (neither Origin nor Sec-Fetch-Site): scripts with the token", async () => {
    const roundId = await createRound();
    expect((await call(`/api/v1/admin/rounds/${roundId}/links`, { method: "POST", headers: { ...ADMIN, ...JSON_TYPE } })).status).toBe(200);
  });

  it("reading stays open to a cross-site GET (the browser cannot read the answer: no CORS headers)", async () => {
    const roundId = await createRound();
    const res = await call(`/api/v1/admin/rounds/${roundId}/status`, { headers: { ...ADMIN, Origin: EVIL } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});

describe("admin API: POSTs must be JSON, bodiless ones too", () => {
  // The bodiless no-cors fetch a cross-site page can send has no content type; forms send these.
  it.each([
    ["no Content-Type (bodiless)", {}, undefined],
    ["text/plain", { "Content-Type": "text/plain" }, "{}"],
    ["a form", { "Content-Type": "application/x-www-form-urlencoded" }, "municipalities=all"],
    ["multipart", { "Content-Type": "multipart/form-data; boundary=x" }, "--x--"],
  ])("POST …/links with %s → 415, no link issued", async (_, headers, body) => {
    const roundId = await createRound();
    const res = await call(`/api/v1/admin/rounds/${roundId}/links`, { method: "POST", headers: { ...ADMIN, ...headers }, body });
    expect(res.status).toBe(415);
    const problem = (await res.json()) as { detail: string };
    expect(problem.detail).toBe("Send forespørselen med Content-Type: application/json, også når den ikke har innhold.");
    expect(await auditCount("links.issued", roundId)).toBe(0);
  });

  it("revoke with no Content-Type → 415 (in English when asked), the link still works", async () => {
    const roundId = await createRound();
    const links = await issueLinks(roundId);
    const res = await call(`/api/v1/admin/rounds/${roundId}/links/0301/revoke`, { method: "POST", headers: { ...ADMIN, "Accept-Language": "en" } });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { detail: string }).detail).toBe("Send the request with Content-Type: application/json, also when it has no body.");
    expect((await call(links["0301"]!)).status).toBe(303);
  });

  it("a bodiless POST with the JSON content type is read as {}: links for every municipality", async () => {
    const roundId = await createRound();
    const res = await call(`/api/v1/admin/rounds/${roundId}/links`, { method: "POST", headers: { ...ADMIN, "Content-Type": "application/json; charset=utf-8" } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { links: unknown[] }).links).toHaveLength(3);
  });
});

describe("the municipality's API: a submission from another site is refused", () => {
  it("POST /api/v1/report/submissions with the session cookie, from another site → 403, nothing stored", async () => {
    const roundId = await createRound();
    const cookie = await openLink((await issueLinks(roundId))["0301"]!);
    const res = await call("/api/v1/report/submissions", {
      method: "POST",
      headers: { Cookie: cookie, "Idempotency-Key": "cross-site-key-1", ...JSON_TYPE, "Sec-Fetch-Site": "cross-site" },
      body: JSON.stringify({ values: counts(9), expectedVersion: 0 }),
    });
    await expectCrossSiteProblem(res);
    expect(await auditCount("report.submitted", roundId)).toBe(0);
    // The same submission from the municipality's own system goes through.
    expect((await submitJson(cookie, "cross-site-key-2", { values: counts(9), expectedVersion: 0 })).status).toBe(201);
  });
});

describe("Worker-rendered pages: every post from another site is refused", () => {
  const post = (path: string, headers: Record<string, string>, fields: Record<string, string> = {}) =>
    call(path, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields).toString() });

  it.each(CROSS_SITE)("the admin's 'new links' button, %s → 403 page, no link changed", async (_, headers) => {
    const roundId = await createRound();
    const before = await issueLinks(roundId);
    const res = await post(`/admin/runder/${roundId}/lenker`, { ...ADMIN, ...headers });
    expect(res.status).toBe(403);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("Skjemaet ble sendt fra en annen nettside.");
    expect((await call(before["0301"]!)).status).toBe(303);
  });

  it("a post with a JSON or no content type is checked too (hono/csrf looked at form types only)", async () => {
    const roundId = await createRound();
    const before = await issueLinks(roundId);
    for (const type of ["application/json", undefined]) {
      const res = await call(`/admin/runder/${roundId}/lenker`, { method: "POST", headers: { ...ADMIN, Origin: EVIL, ...(type ? { "Content-Type": type } : {}) }, body: type ? "{}" : undefined });
      expect(res.status).toBe(403);
    }
    expect((await call(before["0301"]!)).status).toBe(303);
  });

  it("a form post that says nothing of where it comes from is refused (only browsers use the pages)", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["0301"]!);
    expect((await post("/rapport/sjekk", { Cookie: cookie }, { "ip3-programme.count": "1" })).status).toBe(403);
  });

  it("the municipality's send, from another site → 403, nothing stored", async () => {
    const roundId = await createRound();
    const cookie = await openLink((await issueLinks(roundId))["4601"]!);
    const fields = { "ip3-programme.count": "1", "ip3-norwegian.count": "0", "ip2-programme.count": "0", "ip2-norwegian.count": "0", expectedVersion: "0", attest: "yes", idempotencyKey: "page-cross-site" };
    expect((await post("/rapport/send", { Cookie: cookie, Origin: EVIL }, fields)).status).toBe(403);
    expect(await auditCount("report.submitted", roundId)).toBe(0);
    // What Chromium sends from our own page (Origin null under no-referrer, fetch metadata same-origin).
    expect((await post("/rapport/send", { Cookie: cookie, Origin: "null", "Sec-Fetch-Site": "same-origin" }, fields)).status).toBe(303);
  });
});
