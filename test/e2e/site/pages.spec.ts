import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every built information page, in every language: the list comes from dist/, so a new page is covered. */
function builtPages(dir = "dist"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" || name === "_astro" ? [] : builtPages(path);
    return name === "index.html" ? [`/${relative("dist", dir)}/`.replace(/\/+/g, "/")] : [];
  });
}

// The report and admin shells are only reachable through the Worker with a session: their own specs cover them.
const pages = builtPages().filter((p) => !/^\/(rapport|admin)\//.test(p));

test("the build has every page in four languages", () => {
  expect(pages.length).toBeGreaterThan(150);
  for (const prefix of ["/nn/", "/en/", "/uk/"]) expect(pages.filter((p) => p.startsWith(prefix)).length).toBe(pages.filter((p) => !/^\/(nn|en|uk)\//.test(p)).length);
});

test.describe("axe finds no violations", () => {
  for (const path of pages) {
    test(path, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      page.on("console", (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});
