import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe on a page, WCAG 2.0–2.2 A and AA; a page without JavaScript is checked as a copy (below). */
export async function axe(page: Page, javaScriptEnabled = true) {
  if (!javaScriptEnabled) return axeWithoutJavaScript(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/**
 * axe is itself a script, and a page with JavaScript disabled runs none. So the no-JS state is copied
 * (the Worker-rendered HTML, with its scripts removed) into a scripting page at the same URL, where the
 * stylesheets apply as before, and axe checks exactly what a reader without JavaScript gets.
 */
export async function axeWithoutJavaScript(page: Page) {
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(page.url(), (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await copy.goto(page.url());
    expect(await copy.locator("script").count()).toBe(0);
    await axe(copy);
  } finally {
    await context.close();
  }
}
