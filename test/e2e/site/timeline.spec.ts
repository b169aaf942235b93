import { expect, test } from "@playwright/test";
import { UI } from "../../../functions/core/i18n/site";

/** Issue 15 item 12: rows named by rule titles, a key, labels readable on a phone, an open start drawn open, a table that says which date each window is about. */
test.describe("the COVID timeline at 375 px", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("rows carry the rules' titles, every label is at least 12 px, and the key explains the marks", async ({ page }) => {
    await page.goto("/en/tema/covid/");
    const rows = page.locator(".timeline__rows > li");
    await expect(rows).toHaveCount(8);
    await expect(rows.first()).toContainText("Extended programme time (integration package I)");
    await expect(rows.nth(4)).toContainText("Extended Norwegian training (integration package I)");
    const sizes = await page.locator(".timeline__label, .timeline__axis text, .timeline__legend li").evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes.length).toBeGreaterThan(12);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
    // Each label fits the phone's width (wraps rather than overflowing).
    for (const box of await page.locator(".timeline__label").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(375);
    const ui = UI.en.timeline;
    for (const entry of [ui.programme, ui.norwegian, ui.openStart, ui.reference]) await expect(page.locator(".timeline__legend")).toContainText(entry);
  });

  test("package I's open start fades in from the axis; the others are solid", async ({ page }) => {
    await page.goto("/tema/covid/");
    const bars = page.locator(".timeline__bar rect");
    await expect(bars.first()).toHaveAttribute("fill", "url(#timeline-open-programme)");
    await expect(bars.first()).toHaveAttribute("x", "0%");
    await expect(bars.nth(1)).not.toHaveAttribute("fill", /url/);
    // The bar's own description says what it is.
    await expect(page.locator(".timeline__bar").first()).toHaveAttribute("aria-label", /^Startdato for introduksjonsprogrammet: før 1\. januar 2019\. Måtte fortsatt delta: 1\. august 2020$/);
  });

  test("the table says which of the person's dates each window is about", async ({ page }) => {
    await page.goto("/uk/tema/covid/");
    await page.locator(".timeline summary").click();
    const table = page.locator(".timeline table");
    await expect(table.locator("thead")).toContainText(UI.uk.timeline.whichDate);
    await expect(table.locator("tbody tr").first()).toContainText("Дата початку вступної програми");
    await expect(table.locator("tbody tr").nth(4)).toContainText("Дата завершення навчання норвезької");
  });
});
