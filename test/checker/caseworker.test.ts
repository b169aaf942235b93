import { describe, expect, it } from "vitest";
import { call } from "../intake/helpers";

/** The checker without JavaScript, for a caseworker (issue #14): the result's receipt, the draft page, the calendar. */
const answers = { "a.legalBasis": "integreringsloven", "a.settled": "2026-10-01" };
const post = (path: string, fields: Record<string, string>) =>
  call(path, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://rettsjekk.test" }, body: new URLSearchParams(fields).toString() });

describe("the checker's result for a caseworker, without JavaScript", () => {
  it("carries its receipt and the forms for a draft and the deadlines", async () => {
    const page = await (await post("/sjekk/", { ...answers, action: "result" })).text();
    expect(page).toMatch(/<p class="ds-paragraph receipt" data-size="sm" data-receipt>Kvittering: <code>rk1:[^<]+<\/code>/);
    expect(page).toContain('action="/sjekk/vedtak/"');
    expect(page).toContain('<option value="ORD-DECIDE">');
    expect(page).toContain('action="/sjekk/frister.ics"');
  });

  it("POST /sjekk/vedtak/ is the printable draft, in the chosen language, with placeholders and the receipt", async () => {
    const res = await post("/en/sjekk/vedtak/", { ...answers, rule: "ORD-DECIDE", draftLang: "nn" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const page = await res.text();
    expect(page).toContain('<article class="draft stack" lang="nn" data-draft="ORD-DECIDE">');
    expect(page).toContain("Vedtak om introduksjonsprogram");
    expect(page).toContain('<mark class="draft-fill">[Namn]</mark>');
    expect(page).toMatch(/rk1:[^<]+/);
    expect(page).toContain("Back to the result");
  });

  it("a rule without a draft is a 400 page that says so, not an error", async () => {
    const res = await post("/sjekk/vedtak/", { ...answers, rule: "ORD-NIR", draftLang: "nb" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Ingen av reglene i svaret");
  });

  it("POST /sjekk/frister.ics is the person's deadlines as a calendar file", async () => {
    const res = await post("/nn/sjekk/frister.ics", { ...answers, reference: "2026/9" });
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const ics = (await res.text()).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("SUMMARY:2026/9: Frist for vedtak og oppstart av introduksjonsprogram (ORD-DECIDE)\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270101\r\n");
  });
});
