import { expect, test } from "@playwright/test";

/**
 * What Lighthouse checks beyond axe (`npm run audit:site` prints the scores), as tests: no console
 * errors (a missing favicon is one), no browser "issues" such as a CSP violation caught by a library,
 * a meta description, and absolute hreflang links, which search engines require.
 */
const PAGES = ["/", "/regler/ip3-prog/", "/sjekk/", "/deltakere/", "/verktoy/", "/sok/", "/en/", "/uk/sjekk/"];

for (const path of PAGES) {
  test(`${path}: no console errors or browser issues, a description, absolute hreflang`, async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    const cdp = await page.context().newCDPSession(page);
    cdp.on("Audits.issueAdded", ({ issue }) => problems.push(`${issue.code}: ${JSON.stringify(issue.details).slice(0, 300)}`));
    await cdp.send("Audits.enable");
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S.{19,}/);
    const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
    expect(hreflangs.map(([lang]) => lang)).toEqual(["nb", "nn", "en", "uk", "x-default"]);
    for (const [, href] of hreflangs) expect(href).toMatch(/^https?:\/\/[^/]+\//);
  });
}
