import { env } from "cloudflare:workers";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyAccessJwt } from "../../functions/intake/admin/auth";
import { submit } from "../../functions/intake/submit";
import { ADMIN, call, counts, createRound, issueLinks, openLink, submitJson } from "./helpers";

describe("admin: status, export, audit", () => {
  it("shows who has reported, with totals per line and in all", async () => {
    const roundId = await createRound();
    const links = await issueLinks(roundId);
    await submitJson(await openLink(links["0301"]!), "key-status-1", { values: counts(2, 1), expectedVersion: 0 });
    const status = (await (await call(`/api/v1/admin/rounds/${roundId}/status`, { headers: ADMIN })).json()) as {
      rows: Array<{ code: string; status: string }>;
      totals: Record<string, number>;
      totalNok: number;
    };
    expect(status.rows.map((r) => [r.code, r.status])).toEqual([["0301", "reported"], ["3201", "not-yet"], ["4601", "not-yet"]]);
    expect(status.totals["ip3-programme"]).toBe(90000);
    expect(status.totalNok).toBe(2 * 45000 + 8000);
  });

  it("exports a semicolon CSV with a BOM and integers, byte-identical when repeated", async () => {
    const roundId = await createRound();
    await submitJson(await openLink((await issueLinks(roundId))["4601"]!), "key-export-1", { values: counts(1, 2, 3, 4), expectedVersion: 0 });
    const a = new Uint8Array(await (await call(`/api/v1/admin/rounds/${roundId}/export.csv`, { headers: ADMIN })).arrayBuffer());
    const b = new Uint8Array(await (await call(`/api/v1/admin/rounds/${roundId}/export.csv`, { headers: ADMIN })).arrayBuffer());
    expect([...a.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(a).toEqual(b);
    const text = new TextDecoder().decode(a);
    expect(text).toContain("kommunenummer;kommune;status");
    // Norwegian column names and values: status in words, the time in Norwegian time, the late flag.
    expect(text).toContain("kommunenummer;kommune;status;versjon;referanse;innsendt_norsk_tid;for_sent;IP3-PROG_antall;IP3-NOR_antall;IP2-PROG_antall;IP2-NOR_antall;IP3-PROG_kr;");
    expect(text).toMatch(/\r\n4601;Bergen;Rapportert;1;RS-[A-Z2-9]{10};\d\d\.\d\d\.\d{4} \d\d:\d\d;nei;1;2;3;4;45000;16000;135000;32000;228000\r\n/);
    expect(text).toMatch(/\r\n0301;Oslo - Oslove;Ikke rapportert;0;;;;0;0;0;0;0;0;0;0;0\r\n/);
  });

  it("exports the same rows as JSON, byte-identical when repeated", async () => {
    const roundId = await createRound();
    const a = await (await call(`/api/v1/admin/rounds/${roundId}/export.json`, { headers: ADMIN })).text();
    const b = await (await call(`/api/v1/admin/rounds/${roundId}/export.json`, { headers: ADMIN })).text();
    expect(a).toBe(b);
    expect((JSON.parse(a) as { rows: unknown[] }).rows).toHaveLength(3);
  });

  it("refuses the admin API without credentials", async () => {
    expect((await call("/api/v1/admin/rounds/00000000-0000-4000-8000-000000000000/status")).status).toBe(401);
    expect((await call("/api/v1/admin/rounds/00000000-0000-4000-8000-000000000000/status", { headers: { Authorization: "Bearer wrong" } })).status).toBe(401);
  });

  it("keeps the audit log append-only", async () => {
    await createRound();
    const row = await env.DB.prepare("SELECT id, action FROM audit_log LIMIT 1").first<{ id: number; action: string }>();
    expect(row?.action).toBe("round.created");
    await expect(env.DB.prepare("UPDATE audit_log SET action = 'x' WHERE id = ?").bind(row!.id).run()).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare("DELETE FROM audit_log").run()).rejects.toThrow(/append-only/);
  });
});

describe("deadline", () => {
  it("accepts a report one second before the deadline and refuses one a second after", async () => {
    // The submission's clock is passed in, so the boundary is exact however slow the machine is.
    const closesAt = new Date(Date.now() + 86_400_000);
    const roundId = await createRound({ closesAt: closesAt.toISOString(), municipalities: ["0301"] });
    const at = (ms: number, key: string) => submit(env.DB, { roundId, code: "0301", idempotencyKey: key, expectedVersion: 0, values: counts(1), now: new Date(closesAt.getTime() + ms) });
    expect((await at(1000, "key-deadline-after")).kind).toBe("closed");
    expect((await at(-1000, "key-deadline-before")).kind).toBe("created");
  });

  it("takes a late report, flagged late, when the admin allowed it", async () => {
    const roundId = await createRound({ closesAt: new Date(Date.now() - 1000).toISOString(), allowLate: true, municipalities: ["0301"] });
    const res = await submitJson(await openLink((await issueLinks(roundId))["0301"]!), "key-late-1", { values: counts(1), expectedVersion: 0 });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { late: boolean }).late).toBe(true);
  });
});

describe("Cloudflare Access JWT", () => {
  afterEach(() => vi.restoreAllMocks());
  const accessEnv = { ACCESS_TEAM_DOMAIN: "imdi.cloudflareaccess.com", ACCESS_AUD: "aud-123" };

  it("accepts a JWT signed by the team's key with the right audience, issuer and expiry, and nothing else", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" };
    // The team's key set, served where the Worker fetches it (the real JWKS path, nothing injected).
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input) =>
      String(input instanceof Request ? input.url : input) === "https://imdi.cloudflareaccess.com/cdn-cgi/access/certs" ? Response.json({ keys: [jwk] }) : new Response(null, { status: 404 }),
    );
    const sign = (claims: { aud?: string; iss?: string; exp?: number }) =>
      new SignJWT({ email: "saksbehandler@imdi.no" })
        .setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setIssuer(claims.iss ?? "https://imdi.cloudflareaccess.com")
        .setAudience(claims.aud ?? "aud-123")
        .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600)
        .sign(privateKey);
    expect(await verifyAccessJwt(await sign({}), accessEnv)).toBe("saksbehandler@imdi.no");
    expect(await verifyAccessJwt(await sign({ aud: "other" }), accessEnv)).toBeUndefined();
    expect(await verifyAccessJwt(await sign({ iss: "https://evil.example" }), accessEnv)).toBeUndefined();
    expect(await verifyAccessJwt(await sign({ exp: Math.floor(Date.now() / 1000) - 60 }), accessEnv)).toBeUndefined();
    const other = await generateKeyPair("RS256");
    const forged = await new SignJWT({}).setProtectedHeader({ alg: "RS256", kid: "k1" }).setIssuer("https://imdi.cloudflareaccess.com").setAudience("aud-123").setExpirationTime("10m").sign(other.privateKey);
    expect(await verifyAccessJwt(forged, accessEnv)).toBeUndefined();
  });
});

describe("the admin form sets deadlines in Norwegian time, summer and winter", () => {
  const post = (fields: Record<string, string>) =>
    call("/admin/runder", { method: "POST", headers: { ...ADMIN, Origin: "https://rettsjekk.test", "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });
  const base = { template: "package-iii-2021", title: "Runde fra skjema", municipalities: "0301, 4601" };

  it.each([
    ["summer (+02:00)", "2026-06-15T12:00", "2026-06-15T10:00:00.000Z"],
    ["winter (+01:00)", "2026-12-15T12:00", "2026-12-15T11:00:00.000Z"],
  ])("a %s deadline of 12:00 is stored as %s… UTC", async (_, local, utc) => {
    const res = await post({ ...base, opensAt: "2026-01-02T08:00", closesAt: local });
    expect(res.status).toBe(303);
    const id = res.headers.get("Location")!.split("/").pop()!;
    const row = await env.DB.prepare("SELECT opens_at, closes_at FROM rounds WHERE id = ?").bind(id).first<{ opens_at: string; closes_at: string }>();
    expect(row).toEqual({ opens_at: "2026-01-02T07:00:00.000Z", closes_at: utc });
  });

  it("refuses an impossible date, a deadline before the opening and a bad municipality number, with field messages", async () => {
    const res = await post({ ...base, opensAt: "2026-06-15T12:00", closesAt: "2026-02-30T12:00", municipalities: "0301, 12" });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain("Skriv datoen som dd.mm.åååå, for eksempel 01.12.2026.");
    expect(text).toContain("0012 er ikke et kjent kommunenummer.");
    const before = await post({ ...base, opensAt: "2026-06-15T12:00", closesAt: "2026-06-15T11:59" });
    expect(before.status).toBe(400);
    expect(await before.text()).toContain("etter at runden åpner");
  });
});
