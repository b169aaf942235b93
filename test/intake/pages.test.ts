import { describe, expect, it } from "vitest";
import { call, createRound, issueLinks, openLink } from "./helpers";

const form = (cookie: string, path: string, fields: Record<string, string>) =>
  call(path, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: "https://rettsjekk.test" },
    body: new URLSearchParams(fields).toString(),
  });

describe("the report pages work without JavaScript", () => {
  it("form → check your answers → attestation → receipt", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["3201"]!);
    const page = await (await call("/rapport/", { headers: { Cookie: cookie } })).text();
    expect(page).toContain("3201 Bærum");
    expect(page).toContain("Samarbeider kommunen med andre kommuner");
    const fields = { "ip3-programme.count": "4", "ip3-norwegian.count": "0", "ip2-programme.count": "0", "ip2-norwegian.count": "1", expectedVersion: "0" };
    const check = await (await form(cookie, "/rapport/sjekk", fields)).text();
    expect(check).toContain("Sjekk svarene dine");
    expect(check).toContain("188\u00a0000\u00a0kr");
    const key = check.match(/name="idempotencyKey" value="([^"]+)"/)![1]!;
    const sent = await form(cookie, "/rapport/send", { ...fields, idempotencyKey: key, attest: "yes" });
    expect(sent.status).toBe(303);
    const receipt = await (await call(sent.headers.get("Location")!, { headers: { Cookie: cookie } })).text();
    expect(receipt).toContain("Rapporten er mottatt");
    // A double click sends the same key again: the same receipt, no second version.
    const again = await form(cookie, "/rapport/send", { ...fields, idempotencyKey: key, attest: "yes" });
    expect(again.headers.get("Location")).toBe(sent.headers.get("Location"));
  });

  it("shows an error summary with field-level messages", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["0301"]!);
    const res = await form(cookie, "/rapport/sjekk", { "ip3-programme.count": "-2", "ip3-norwegian.count": "tre", "ip2-programme.count": "", "ip2-norwegian.count": "0", expectedVersion: "0" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("ds-error-summary");
    expect(html).toContain('href="#ip3-norwegian.count"');
  });

  it("refuses a cross-site form post", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["0301"]!);
    const res = await call("/rapport/sjekk", { method: "POST", headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" }, body: "a=1" });
    expect(res.status).toBe(403);
  });
});

describe("privacy and security on the report pages", () => {
  it("never writes the link token into the logs, only the route", async () => {
    const { vi } = await import("vitest");
    const lines: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((l: unknown) => void lines.push(String(l)));
    const path = (await issueLinks(await createRound()))["0301"]!;
    await call(path);
    spy.mockRestore();
    const token = path.split("/").pop()!;
    expect(lines.some((l) => l.includes("/rapport/lenke/:token"))).toBe(true);
    expect(lines.some((l) => l.includes(token))).toBe(false);
  });

  it("explains how to report to someone who comes without a link", async () => {
    const res = await call("/rapport/");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Kommunen får en egen lenke fra IMDi");
  });

  it("sends the page security headers on Worker-rendered pages, errors included", async () => {
    const res = await call("/rapport/kvittering/RS-UNKNOWN000");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("Content-Security-Policy")).not.toContain("unsafe-inline");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });
});
