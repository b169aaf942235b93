import { expect, test, type Page } from "@playwright/test";

/**
 * WCAG 1.4.10 Reflow: content works at 320 CSS px wide without scrolling in two directions. 400 % zoom
 * of a 1280 px window is that same 320 px viewport, so both are this test (and 256 px tall for the
 * landscape case). Tables may scroll inside their own box (.table-wrap), which 1.4.10 allows; the page
 * itself may not.
 */
const PAGES = [
  "/", "/regler/", "/regler/ip3-prog/", "/tema/covid/", "/sjekk/", "/deltakere/", "/verktoy/", "/kilder/", "/sok/", "/en/", "/uk/", "/uk/regler/ip3-prog/", "/nn/deltakere/",
  // Checker results (the address carries the answers): the summary, the rules' details and the earlier rules.
  "/uk/sjekk/?legalBasis=collective-protection&permitGranted=2022-04-01&age=30&upperSecondary=no&endGoal=work&childrenUnder18=yes&settled=2024-01-10&view=result",
  "/nn/sjekk/?legalBasis=introduksjonsloven&programme.start=2019-09-01&programme.end=%3F&norwegianTraining.rightAndDuty=yes&norwegianTraining.end=2021-10-01&view=result",
];
const VIEWPORTS = [
  { name: "320 px wide (400 % zoom, portrait)", width: 320, height: 640 },
  { name: "320 × 256 (400 % zoom of 1280 × 1024)", width: 320, height: 256 },
];

/**
 * What sticks out of the viewport, not counting what is inside a scrolling box: elements whose box is
 * wider, and elements whose text overflows their box (a long word does that without widening the box).
 */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollable = (el: Element | null): boolean => !!el && (getComputedStyle(el).overflowX === "auto" || getComputedStyle(el).overflowX === "scroll" || scrollable(el.parentElement));
    const leaves = [...document.body.querySelectorAll("main *, header *, footer *")];
    const wide = leaves
      // A 1-px box is visually hidden text for screen readers (.ds-sr-only): it is clipped, not shown.
      .filter((el) => !scrollable(el) && getComputedStyle(el).visibility !== "hidden" && (el.getBoundingClientRect().right > width + 1 || (el.children.length === 0 && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1)))
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} (right ${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
  });
}

for (const viewport of VIEWPORTS) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const path of PAGES) {
      test(`${path} reflows without horizontal scrolling`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator("h1")).toBeVisible();
        // What is collapsed must reflow too once opened.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        const result = await overflow(page);
        expect(result.wide, `elements wider than ${result.width} px`).toEqual([]);
        expect(result.scrollWidth).toBeLessThanOrEqual(result.width);
        // The skip link still works, and the content after it is reachable.
        await page.keyboard.press("Tab");
        await expect(page.locator(".ds-skip-link")).toBeFocused();
      });
    }
  });
}

test("a rule page prints its content without the site's navigation", async ({ page }) => {
  await page.goto("/regler/ip3-prog/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.locator(".lang-switch")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
});
