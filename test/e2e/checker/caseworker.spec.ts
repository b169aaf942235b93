import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { receiptCode } from "../../../functions/core/receipt/code";
import { docxParagraphs } from "../../drafts/docxText";
import { axe } from "../axe";

/**
 * A caseworker's outputs (issue #14), in Chromium against the real Worker: the draft as .docx and the
 * deadlines as .ics, downloaded and read back; personal details typed in the page never leave it; the
 * receipt the browser hashes is the one the API gives; the no-JavaScript draft page; axe on each state.
 */
const SETTLED = "2026-10-01";
// Every other question answered "don't know" ("?"), so the fragment opens the result itself.
const OTHERS = ["permitGranted", "programme.start", "programme.end", "norwegianTraining.rightAndDuty", "norwegianTraining.end", "age", "upperSecondary", "endGoal", "childrenUnder18"];
const RESULT = `/sjekk/#${new URLSearchParams([["legalBasis", "integreringsloven"], ["settled", SETTLED], ...OTHERS.map((q) => [q, "?"]), ["view", "result"]])}`;

/** Clicks a button that posts the page, and waits for the next page to load. */
const submit = (page: Page, name: string) => Promise.all([page.waitForEvent("load"), page.getByRole("button", { name }).click()]);

/** The VEVENTs of an iCalendar file, each as its unfolded properties. */
function vevents(ics: string): Array<Record<string, string>> {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((m) =>
    Object.fromEntries(m[1]!.split("\r\n").filter(Boolean).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)])),
  );
}

test.describe("a checker result for the caseworker, with JavaScript", () => {
  // West of Greenwich: a calendar date written from a local-time Date would move a day earlier here.
  test.use({ timezoneId: "America/Los_Angeles", acceptDownloads: true });

  test("the receipt is the API's; the .docx carries what was typed and nothing was sent", async ({ page }) => {
    const sent: string[] = [];
    page.on("request", (r) => r.method() !== "GET" && sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ""}`));
    await page.goto(RESULT);
    const receipt = page.locator("[data-receipt] code");
    await expect(receipt).toHaveText(/^rk1:/);
    const api = await page.request.post("/api/v1/eligibility", { data: { person: { legalBasis: "integreringsloven", settled: SETTLED } } });
    expect(await receipt.innerText()).toBe(receiptCode(((await api.json()) as { receipt: Parameters<typeof receiptCode>[0] }).receipt));
    await axe(page);

    await page.getByLabel("Regel", { exact: true }).selectOption("ORD-DECIDE");
    await page.getByLabel("Norsk nynorsk").check();
    await page.getByRole("button", { name: "Lag vedtaksutkast" }).click();
    await page.getByLabel("Navn", { exact: true }).fill("Testa Testesen");
    await page.getByLabel("Saksnummer").fill("2026/4711");
    const article = page.locator('article.draft[lang="nn"]');
    await expect(article).toContainText("Testa Testesen");
    await expect(article).toContainText("Vedtak om introduksjonsprogram");
    await expect(article).toContainText(await receipt.innerText());
    await axe(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Last ned utkastet (.docx)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^vedtaksutkast-ORD-DECIDE-\d{4}-\d{2}-\d{2}\.docx$/);
    const { text, highlighted } = docxParagraphs(readFileSync((await download.path())!));
    expect(text).toContain("Vedtak om introduksjonsprogram");
    expect(text.join("\n")).toContain("Testa Testesen");
    expect(text.join("\n")).toContain("2026/4711");
    expect(text.join("\n")).toContain("Integreringsloven (LOV-2020-11-06-127) § 9 og §§ 13–14");
    expect(highlighted).toContain("[Adresse]");
    // The page itself sent nothing (the API call above is the test's own, outside the page).
    expect(sent).toEqual([]);
  });

  test("the deadlines download as an .ics with the typed reference, on their dates", async ({ page }) => {
    await page.goto(RESULT);
    await page.getByLabel("Referanse i kalenderen (valgfritt)").fill("Sak 2026/4711");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Last ned fristene (.ics)" }).click()]);
    const events = vevents(readFileSync((await download.path())!, "utf8"));
    expect(events.map((e) => [e["DTSTART;VALUE=DATE"], e.SUMMARY])).toEqual([
      ["20270101", "Sak 2026/4711: Frist for vedtak og oppstart av introduksjonsprogram (ORD-DECIDE)"],
      ["20270101", "Sak 2026/4711: Frist for oppstart av opplæring i norsk (ORD-NOR)"],
    ]);
  });

  test("the participant list: a row's draft, and every row's deadlines in one calendar", async ({ page }) => {
    await page.goto("/deltakere/");
    const csv = `referanse;lovgrunnlag;bosatt\nA-1;integreringsloven;01.10.2026\nA-2;integreringsloven;15.11.2026\n`;
    await page.getByLabel("Velg fil (CSV eller .xlsx)").setInputFiles({ name: "deltakere.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Vedtaksutkast og frister" }).click();
    await expect(page.getByRole("heading", { name: "Vedtaksutkast og frister" })).toBeFocused();
    await axe(page);
    const [calendar] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Alle radenes frister (.ics)" }).click()]);
    expect(vevents(readFileSync((await calendar.path())!, "utf8")).map((e) => [e["DTSTART;VALUE=DATE"], e.SUMMARY.split(":")[0]])).toEqual([
      ["20270101", "A-1"],
      ["20270101", "A-1"],
      ["20270215", "A-2"],
      ["20270215", "A-2"],
    ]);
    await page.getByLabel("Rad", { exact: true }).selectOption({ label: "Rad 3 – A-2" });
    await page.getByRole("button", { name: "Lag vedtaksutkast" }).click();
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Last ned utkastet (.docx)" }).click()]);
    expect(docxParagraphs(readFileSync((await docx.path())!)).text.join("\n")).toContain("15. november 2026");
  });
});

test.describe("a checker result for the caseworker, without JavaScript", () => {
  test.use({ javaScriptEnabled: false, acceptDownloads: true });

  test("the draft form opens the printable draft, with placeholders and the receipt", async ({ page }) => {
    await page.goto("/sjekk/");
    await page.getByLabel("Integreringsloven", { exact: true }).check();
    await submit(page, "Fortsett");
    for (let i = 0; i < 12 && !(await page.getByRole("button", { name: "Se resultatet" }).isVisible()); i++) {
      const settled = page.getByLabel("Dato for bosetting i kommunen");
      if (await settled.isVisible()) {
        await settled.fill(SETTLED);
        await submit(page, "Fortsett");
      } else await submit(page, "Vet ikke");
    }
    await submit(page, "Se resultatet");
    await expect(page.locator("[data-receipt] code")).toHaveText(/^rk1:/);
    await page.getByLabel("Regel", { exact: true }).selectOption("ORD-NOR");
    await submit(page, "Lag vedtaksutkast");
    await expect(page.locator('article.draft[lang="nb"]')).toContainText("Vedtak om opplæring i norsk");
    await expect(page.locator("mark.draft-fill").first()).toHaveText("[Kommune]");
    await axe(page, false);
  });
});
