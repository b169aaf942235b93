import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, call, counts, createRound, issueLinks, openLink, submitJson } from "./helpers";

describe("report intake: links, submissions, receipts", () => {
  it("exchanges a link for a __Host- session cookie and redirects to a clean URL", async () => {
    const links = await issueLinks(await createRound());
    const res = await call(links["0301"]!);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/rapport/");
    const cookie = res.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/^__Host-rapport=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
  });

  it("stores only token hashes, never the token", async () => {
    const links = await issueLinks(await createRound());
    const token = links["4601"]!.split("/").pop()!;
    const rows = await env.DB.prepare("SELECT token_hash FROM links").all<{ token_hash: string }>();
    expect(rows.results.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.results.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it("answers unknown and revoked links with the same 404", async () => {
    const roundId = await createRound();
    const links = await issueLinks(roundId);
    const revoke = await call(`/api/v1/admin/rounds/${roundId}/links/0301/revoke`, { method: "POST", headers: { ...ADMIN, "Content-Type": "application/json" } });
    expect(revoke.status).toBe(204);
    const revoked = await call(links["0301"]!);
    const unknown = await call("/rapport/lenke/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(revoked.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await revoked.text()).toBe(await unknown.text());
  });

  it("a link expires 30 days after its round's deadline, with the same 404 as an unknown one", async () => {
    const day = 86_400_000;
    const round = (closedDaysAgo: number) =>
      createRound({ opensAt: new Date(Date.now() - (closedDaysAgo + 10) * day).toISOString(), closesAt: new Date(Date.now() - closedDaysAgo * day).toISOString() });
    const expired = await call((await issueLinks(await round(30.01)))["0301"]!);
    const stillValid = await call((await issueLinks(await round(29.99)))["0301"]!);
    const unknown = await call("/rapport/lenke/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(stillValid.status).toBe(303);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toBe(await unknown.text());
  });

  it("computes the money on the server from the catalog rates and gives a receipt", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["0301"]!);
    const res = await submitJson(cookie, "key-receipt-1", { values: counts(3, 10, 1, 2), expectedVersion: 0 });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as { reference: string; totalNok: number; version: number; code: string };
    expect(receipt).toMatchObject({ version: 1, code: "0301", totalNok: 3 * 45000 + 10 * 8000 + 1 * 45000 + 2 * 8000 });
    expect(receipt.reference).toMatch(/^RS-[A-Z2-9]{10}$/);
    const page = await call(`/rapport/kvittering/${receipt.reference}`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(receipt.reference);
  });

  it("replays a retry, refuses a reused key with another body (422) and a stale correction (412)", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["0301"]!);
    const first = await submitJson(cookie, "key-idem-1", { values: counts(2), expectedVersion: 0 });
    const again = await submitJson(cookie, "key-idem-1", { values: counts(2), expectedVersion: 0 });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { reference: string }).reference).toBe(((await first.json()) as { reference: string }).reference);
    expect((await submitJson(cookie, "key-idem-1", { values: counts(5), expectedVersion: 0 })).status).toBe(422);
    expect((await submitJson(cookie, "key-idem-2", { values: counts(5), expectedVersion: 0 })).status).toBe(412);
    const corrected = await submitJson(cookie, "key-idem-3", { values: counts(5), expectedVersion: 1, reason: "Feil antall" });
    expect(corrected.status).toBe(201);
    expect(((await corrected.json()) as { version: number }).version).toBe(2);
  });

  it("makes exactly one version from 50 parallel submits with one key", async () => {
    const roundId = await createRound();
    const cookie = await openLink((await issueLinks(roundId))["4601"]!);
    const results = await Promise.all(Array.from({ length: 50 }, () => submitJson(cookie, "key-parallel", { values: counts(7), expectedVersion: 0 })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.every((r) => r.status === 201 || r.status === 200 || r.status === 429)).toBe(true);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE round_id = ? AND code = '4601'").bind(roundId).first<{ n: number }>();
    expect(rows?.n).toBe(1);
  });

  it("keeps municipality A out of B's report on every route", async () => {
    const roundId = await createRound();
    const links = await issueLinks(roundId);
    const a = await openLink(links["0301"]!);
    const b = await openLink(links["4601"]!);
    const receiptB = (await (await submitJson(b, "key-b-123456", { values: counts(9), expectedVersion: 0 })).json()) as { reference: string };
    const asA = await call(`/rapport/kvittering/${receiptB.reference}`, { headers: { Cookie: a } });
    expect(asA.status).toBe(404);
    const formA = await (await call("/rapport/", { headers: { Cookie: a } })).text();
    expect(formA).toContain("0301");
    expect(formA).not.toContain(receiptB.reference);
    const resA = await submitJson(a, "key-b-123456", { values: counts(9), expectedVersion: 0 });
    expect(resA.status, await resA.clone().text()).toBe(201);
    expect(((await resA.json()) as { code: string }).code).toBe("0301");
    expect((await call("/api/v1/admin/rounds/" + roundId + "/status", { headers: { Cookie: a } })).status).toBe(401);
  });

  it("refuses a text that contains a national identity number, and stores nothing", async () => {
    const roundId = await createRound({ template: "vaccination-information-2022", municipalities: ["0301"] });
    const cookie = await openLink((await issueLinks(roundId))["0301"]!);
    const res = await submitJson(cookie, "key-fnr", { values: { "amount-used": { nok: 100 }, "use-of-funds": { text: "Kontakt 010101 10013 for detaljer" } }, expectedVersion: 0 });
    expect(res.status).toBe(400);
    const n = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE round_id = ?").bind(roundId).first<{ n: number }>();
    expect(n?.n).toBe(0);
  });
});
