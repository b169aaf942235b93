import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, ADMIN_TOKEN, BASE, call, callWith, counts, createRound, issueLinks, openLink, submitJson } from "../intake/helpers";

/**
 * Issue 12, item 4: admins and municipalities can log out (a button on every page of theirs; the session
 * row deleted, the cookie cleared), and rotating ADMIN_TOKEN ends the admin sessions made with the old one.
 * Before: no logout at all, and a login cookie stayed valid for 8 hours after the token was rotated.
 */
const TOKEN = ADMIN_TOKEN;
const form = (path: string, headers: Record<string, string>, fields: Record<string, string> = {}) =>
  call(path, { method: "POST", headers: { Origin: BASE, "Content-Type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields).toString() });
const cookieOf = (res: Response) => res.headers.get("Set-Cookie")!.split(";")[0]!;
const sessionCount = async (kind: string) => (await env.DB.prepare("SELECT COUNT(*) AS n FROM sessions WHERE kind = ?").bind(kind).first<{ n: number }>())!.n;

async function adminLogin(): Promise<string> {
  const res = await form("/admin/logg-inn", {}, { token: TOKEN });
  expect(res.status).toBe(303);
  return cookieOf(res);
}

const ADMIN_LOGOUT = '<form method="post" action="/admin/logg-ut"';
const REPORT_LOGOUT = '<form method="post" action="/rapport/logg-ut"';

describe("admin logout", () => {
  it("puts a logout button on every admin page", async () => {
    const cookie = await adminLogin();
    const roundId = await createRound();
    const pages = [
      await call("/admin/", { headers: { Cookie: cookie } }),
      await call(`/admin/runder/${roundId}`, { headers: { Cookie: cookie } }),
      // The confirmation before links are made, and the page after (links.ts): the same bar.
      await call(`/admin/runder/${roundId}/lenker/ny`, { headers: { Cookie: cookie } }),
      await form("/admin/runder", { Cookie: cookie }, { template: "package-iii-2021", title: "x", opensAt: "", closesAt: "" }),
      // The contact register and the round's e-mails (issue 13): their own modules, the same bar.
      await call("/admin/kontakter", { headers: { Cookie: cookie } }),
      await call(`/admin/runder/${roundId}/utsendelser`, { headers: { Cookie: cookie } }),
    ];
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200, 400, 200, 200]);
    for (const page of pages) expect(await page.text()).toContain(ADMIN_LOGOUT);
    // Not logged in: the login form, no logout button.
    expect(await (await call("/admin/")).text()).not.toContain(ADMIN_LOGOUT);
  });

  it("deletes the session row and clears the cookie; the old cookie opens nothing", async () => {
    const cookie = await adminLogin();
    const before = await sessionCount("admin");
    const res = await form("/admin/logg-ut", { Cookie: cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/admin/");
    expect(res.headers.get("Set-Cookie")).toMatch(/^__Host-admin=;.*Max-Age=0/);
    expect(await sessionCount("admin")).toBe(before - 1);
    expect(await (await call("/admin/", { headers: { Cookie: cookie } })).text()).toContain('action="/admin/logg-inn"');
    expect((await call(`/api/v1/admin/rounds/${await createRound()}/status`, { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it("behind Cloudflare Access, logout ends Access's session too (its logout path)", async () => {
    const res = await form("/admin/logg-ut", { "Cf-Access-Jwt-Assertion": "a.b.c" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/cdn-cgi/access/logout");
  });

  it("a logout from another site is refused and the session stays", async () => {
    const cookie = await adminLogin();
    const res = await form("/admin/logg-ut", { Cookie: cookie, Origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await (await call("/admin/", { headers: { Cookie: cookie } })).text()).toContain(ADMIN_LOGOUT);
  });

  it("rotating ADMIN_TOKEN ends the sessions made with the old token", async () => {
    const cookie = await adminLogin();
    const roundId = await createRound();
    const status = `/api/v1/admin/rounds/${roundId}/status`;
    expect((await call(status, { headers: { Cookie: cookie } })).status).toBe(200);
    const rotated = { ADMIN_TOKEN: "the-new-token-after-rotation-0123456789" } as Partial<Env>;
    expect((await callWith(rotated, status, { headers: { Cookie: cookie } })).status).toBe(401);
    expect(await (await callWith(rotated, "/admin/", { headers: { Cookie: cookie } })).text()).toContain('action="/admin/logg-inn"');
    // The new token works at once; the old Bearer token is refused as well.
    expect((await callWith(rotated, status, { headers: { Authorization: "Bearer the-new-token-after-rotation-0123456789" } })).status).toBe(200);
    expect((await callWith(rotated, status, { headers: ADMIN })).status).toBe(401);
  });

  it("the database holds no value that names the token or the session id", async () => {
    const cookie = await adminLogin();
    const id = decodeURIComponent(cookie.split("=")[1]!);
    const rows = await env.DB.prepare("SELECT id_hash FROM sessions").all<{ id_hash: string }>();
    expect(rows.results.every((r) => /^[0-9a-f]{64}$/.test(r.id_hash) && r.id_hash !== id && !r.id_hash.includes(TOKEN))).toBe(true);
  });
});

describe("municipality logout", () => {
  it("puts a logout button on every page of the municipality's session", async () => {
    const roundId = await createRound();
    const cookie = await openLink((await issueLinks(roundId))["0301"]!);
    const fields = { "ip3-programme.count": "1", "ip3-norwegian.count": "0", "ip2-programme.count": "0", "ip2-norwegian.count": "0", expectedVersion: "0" };
    const receipt = (await (await submitJson(cookie, "logout-receipt", { values: counts(1), expectedVersion: 0 })).json()) as { reference: string };
    const pages = [
      await call("/rapport/", { headers: { Cookie: cookie } }),
      // The check page is a GET after the form's post (post/redirect/get).
      await (async () => (await form("/rapport/sjekk", { Cookie: cookie }, fields), call("/rapport/sjekk", { headers: { Cookie: cookie } })))(),
      await form("/rapport/sjekk", { Cookie: cookie }, { ...fields, "ip3-programme.count": "-1" }),
      await call(`/rapport/kvittering/${receipt.reference}`, { headers: { Cookie: cookie } }),
      await form("/rapport/send", { Cookie: cookie }, { ...fields, attest: "yes", idempotencyKey: "logout-stale" }),
    ];
    expect(pages.map((p) => p.status)).toEqual([200, 200, 400, 200, 409]);
    for (const page of pages) expect(await page.text()).toContain(REPORT_LOGOUT);
    expect(await (await call("/rapport/")).text()).not.toContain(REPORT_LOGOUT);
  });

  it("deletes the session row and clears the cookie; the old cookie opens nothing, the link opens a new session", async () => {
    const link = (await issueLinks(await createRound()))["4601"]!;
    const cookie = await openLink(link);
    const before = await sessionCount("municipality");
    const res = await form("/rapport/logg-ut", { Cookie: cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/rapport/utlogget");
    expect(res.headers.get("Set-Cookie")).toMatch(/^__Host-rapport=;.*Max-Age=0/);
    expect(await sessionCount("municipality")).toBe(before - 1);
    expect(await (await call("/rapport/utlogget")).text()).toContain("Du er logget ut");
    expect(await (await call("/rapport/", { headers: { Cookie: cookie } })).text()).toContain("Kommunen får en egen lenke fra IMDi");
    expect((await submitJson(cookie, "after-logout", { values: counts(1), expectedVersion: 0 })).status).toBe(404);
    expect((await call(link)).status).toBe(303);
  });
});
