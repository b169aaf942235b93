import { describe, expect, it } from "vitest";
import { env } from "cloudflare:workers";
import { formatters } from "../../functions/core/i18n";
import { getReportTemplate, lineRateNok } from "../../functions/core/rules";
import { ADMIN, call, createRound, issueLinks, openLink } from "./helpers";

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
    // Post/redirect/get: the checked answers wait in the session, the check page is a GET.
    const posted = await form(cookie, "/rapport/sjekk", fields);
    expect(posted.status).toBe(303);
    expect(posted.headers.get("Location")).toBe("/rapport/sjekk");
    const check = await (await call("/rapport/sjekk", { headers: { Cookie: cookie } })).text();
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
    // Back after sending (the check page again): the receipt, never a second post.
    const back = await call("/rapport/sjekk", { headers: { Cookie: cookie } });
    expect(back.status).toBe(303);
    expect(back.headers.get("Location")).toBe(sent.headers.get("Location"));
  });

  it("after a first report: a banner with version and reference; a correction confirms it replaces it; the old receipt says by which", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["3201"]!);
    const fields = { "ip3-programme.count": "4", "ip3-norwegian.count": "0", "ip2-programme.count": "0", "ip2-norwegian.count": "1" };
    const send = async (extra: Record<string, string>) => {
      await form(cookie, "/rapport/sjekk", { ...fields, ...extra });
      const check = await (await call("/rapport/sjekk", { headers: { Cookie: cookie } })).text();
      const key = check.match(/name="idempotencyKey" value="([^"]+)"/)![1]!;
      return { check, sent: await form(cookie, "/rapport/send", { ...fields, ...extra, idempotencyKey: key, attest: "yes" }) };
    };
    const first = await send({ expectedVersion: "0" });
    expect(first.check).toContain("ikke er rapportert før");
    const v1 = first.sent.headers.get("Location")!.split("/").pop()!;
    const again = await (await call("/rapport/", { headers: { Cookie: cookie } })).text();
    expect(again).toContain(`Dere har rapportert (versjon 1, ${v1})`);
    // A correction without its reason is refused in words; with it, the attestation names the version replaced.
    const noReason = await form(cookie, "/rapport/sjekk", { ...fields, expectedVersion: "1" });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Skriv kort hvorfor dere endrer rapporten.");
    const second = await send({ expectedVersion: "1", reason: "Telte feil" });
    expect(second.check).not.toContain("ikke er rapportert før");
    expect(second.check).toContain("erstatter versjon 1");
    const v2 = second.sent.headers.get("Location")!.split("/").pop()!;
    const old = await (await call(`/rapport/kvittering/${v1}`, { headers: { Cookie: cookie } })).text();
    expect(old).toContain(`Denne versjonen er erstattet av versjon 2 (${v2})`);
    expect(old).toContain("data-print");
  });

  it("each line says who counts, its rate from the catalog and links to its rule, before the check page", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["0301"]!);
    const page = await (await call("/rapport/", { headers: { Cookie: cookie } })).text();
    expect(page).toContain("Hvem som telles: deltakere som startet i introduksjonsprogrammet");
    const rate = lineRateNok(getReportTemplate("package-iii-2021")!.lines.find((l) => l.id === "ip3-programme")!)!;
    expect(page).toContain(`Sats: ${formatters("nb").nok(rate)} per deltaker.`);
    expect(page).toContain('href="/regler/ip3-prog/"');
  });

  it("field messages in a municipality's words: an empty field says to write 0, a decimal asks for a whole number", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["0301"]!);
    const res = await form(cookie, "/rapport/sjekk", { "ip3-programme.count": "12,5", "ip3-norwegian.count": "", "ip2-programme.count": "tre", "ip2-norwegian.count": "1 000", expectedVersion: "0" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Skriv et helt tall, uten komma.");
    expect(html).toContain("Skriv antall deltakere. Skriv 0 hvis ingen.");
    expect(html).toContain("«tre» er ikke et tall.");
    expect(html).not.toContain("feil type");
    // What was typed stays in the form.
    expect(html).toContain('value="12,5"');
  });

  it("bokmål or nynorsk, chosen on the page and remembered; the contact register's målform before any choice", async () => {
    await call("/api/v1/admin/contacts", { method: "PUT", headers: { ...ADMIN, "Content-Type": "text/csv" }, body: "kommunenummer;epost;målform\n4601;postmottak@bergen.kommune.example;nynorsk\n" });
    const bergen = await openLink((await issueLinks(await createRound()))["4601"]!);
    const nn = await (await call("/rapport/", { headers: { Cookie: bergen } })).text();
    expect(nn).toContain("Kven som skal teljast");
    const oslo = await openLink((await issueLinks(await createRound()))["0301"]!);
    const switched = await form(oslo, "/rapport/malform", { malform: "nn", tilbake: "/rapport/" });
    expect(switched.status).toBe(303);
    const chosen = (switched.headers.get("Set-Cookie") ?? "").split(";")[0]!;
    expect(chosen).toMatch(/^__Host-malform=nn$/);
    const page = await (await call("/rapport/", { headers: { Cookie: `${oslo}; ${chosen}` } })).text();
    expect(page).toContain("Kven som skal teljast");
    expect(page).toContain('aria-pressed="true" ');
    // From the form, what was typed comes along into the other language.
    const keptRes = await form(`${oslo}; ${chosen}`, "/rapport/malform", { malform: "nb", expectedVersion: "0", "ip3-programme.count": "7" });
    // The page rendered in the other language remembers the choice too.
    expect(keptRes.headers.get("Set-Cookie")).toMatch(/^__Host-malform=nb;/);
    const kept = await keptRes.text();
    expect(kept).toContain("Hvem som telles");
    expect(kept).toContain('value="7"');
  });

  it("logging out is audited", async () => {
    const roundId = await createRound();
    const cookie = await openLink((await issueLinks(roundId))["0301"]!);
    expect((await form(cookie, "/rapport/logg-ut", {})).status).toBe(303);
    const rows = await env.DB.prepare("SELECT actor, action FROM audit_log WHERE round_id = ? AND action = 'report.logout'").bind(roundId).all();
    expect(rows.results).toEqual([{ actor: "municipality:0301", action: "report.logout" }]);
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
