import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, ADMIN_TOKEN, BASE, call, createRound, issueLinks } from "../intake/helpers";

/**
 * Issue 12, items 8 and 9: every admin answer is `Cache-Control: no-store`, and the audit log tells the
 * truth: views and exports are audited, a refused or empty action writes nothing, and the actor names the
 * credential. Before: status and exports were cacheable; a revoke of a code with no live link (404) and
 * links for a round that does not exist both wrote an audit line; views, exports and logins wrote none.
 */
const JSON_ADMIN = { ...ADMIN, "Content-Type": "application/json" };
type Row = { actor: string; action: string; round_id: string | null; code: string | null; detail: string | null };
const auditOf = async (roundId: string) => (await env.DB.prepare("SELECT actor, action, round_id, code, detail FROM audit_log WHERE round_id = ? ORDER BY id").bind(roundId).all<Row>()).results;
const auditCount = async () => (await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log").first<{ n: number }>())!.n;

describe("no-store on every admin answer", () => {
  it.each(["status", "export.csv", "export.json"])("GET …/%s → Cache-Control: no-store", async (path) => {
    const res = await call(`/api/v1/admin/rounds/${await createRound()}/${path}`, { headers: ADMIN });
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("and on the links, the round just created and the admin pages", async () => {
    const created = await call("/api/v1/admin/rounds", { method: "POST", headers: JSON_ADMIN, body: JSON.stringify({ template: "package-iii-2021", title: "No-store", opensAt: "2026-11-23T08:00:00+01:00", closesAt: "2026-12-07T23:59:00+01:00", municipalities: ["0301"] }) });
    expect(created.headers.get("Cache-Control")).toBe("no-store");
    const { id } = (await created.json()) as { id: string };
    expect((await call(`/api/v1/admin/rounds/${id}/links`, { method: "POST", headers: JSON_ADMIN })).headers.get("Cache-Control")).toBe("no-store");
    expect((await call(`/admin/runder/${id}`, { headers: ADMIN })).headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("the audit log tells the truth", () => {
  it("views and exports are audited, under the credential that made them", async () => {
    const roundId = await createRound();
    await call(`/api/v1/admin/rounds/${roundId}/status`, { headers: ADMIN });
    await call(`/api/v1/admin/rounds/${roundId}/export.csv`, { headers: ADMIN });
    await call(`/api/v1/admin/rounds/${roundId}/export.json`, { headers: ADMIN });
    await call(`/admin/runder/${roundId}`, { headers: ADMIN });
    expect((await auditOf(roundId)).map((r) => [r.actor, r.action, r.detail])).toEqual([
      ["break-glass token", "round.created", JSON.stringify({ template: "package-iii-2021", municipalities: 3 })],
      ["break-glass token", "round.status.viewed", null],
      ["break-glass token", "round.exported", JSON.stringify({ format: "csv" })],
      ["break-glass token", "round.exported", JSON.stringify({ format: "json" })],
      ["break-glass token", "round.status.viewed", null],
    ]);
  });

  it("a revoke of a code with no live link is 404 and writes nothing; a real one writes one line", async () => {
    const roundId = await createRound();
    const revoke = (code: string) => call(`/api/v1/admin/rounds/${roundId}/links/${code}/revoke`, { method: "POST", headers: JSON_ADMIN });
    expect((await revoke("0301")).status).toBe(404); // no links issued yet
    await issueLinks(roundId);
    expect((await revoke("0301")).status).toBe(204);
    expect((await revoke("0301")).status).toBe(404); // already revoked
    expect((await revoke("9999")).status).toBe(404); // not in the round
    expect((await auditOf(roundId)).filter((r) => r.action === "link.revoked").map((r) => [r.actor, r.code])).toEqual([["break-glass token", "0301"]]);
  });

  it("links for a round that does not exist: 404 on the API and the page, no audit line", async () => {
    const missing = crypto.randomUUID();
    const before = await auditCount();
    const api = await call(`/api/v1/admin/rounds/${missing}/links`, { method: "POST", headers: JSON_ADMIN });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { detail: string }).detail).toBe("Det finnes ingen rapporteringsrunde med denne id-en.");
    const page = await call(`/admin/runder/${missing}/lenker`, { method: "POST", headers: { ...ADMIN, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body: "" });
    expect(page.status).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it("a login session's actions are audited as the break-glass token's session; a logout too", async () => {
    const login = await call("/admin/logg-inn", { method: "POST", headers: { Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body: `token=${ADMIN_TOKEN}` });
    const cookie = login.headers.get("Set-Cookie")!.split(";")[0]!;
    const roundId = await createRound();
    await call(`/api/v1/admin/rounds/${roundId}/status`, { headers: { Cookie: cookie } });
    expect((await auditOf(roundId)).at(-1)?.actor).toBe("break-glass token (login session)");
    await call("/admin/logg-ut", { method: "POST", headers: { Cookie: cookie, Origin: BASE } });
    const last = await env.DB.prepare("SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 1").first<{ actor: string; action: string }>();
    expect(last).toEqual({ actor: "break-glass token (login session)", action: "admin.logout" });
  });
});
