import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe on a page, WCAG 2.0–2.2 A and AA; a page without JavaScript is checked as a copy (below). */
export async function axe(page: Page, javaScriptEnabled = true) {
  if (!javaScriptEnabled) return axeWithoutJavaScript(page);
  // A details row opens with a height transition (Designsystemet's ::details-content, which
  // document.getAnimations() does not list): axe reads the page once it has come to rest, when every details'
  // height has stayed the same for three frames. Read mid-transition, a link in a half-open row is clipped,
  // and axe found it too small a touch target (seen now and then on a Ukrainian result).
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const heights = () => [...document.querySelectorAll("details")].map((d) => d.getBoundingClientRect().height).join();
    let last = heights();
    for (let same = 0, frames = 0; same < 3 && frames < 300; frames++) {
      await frame();
      const now = heights();
      same = now === last ? same + 1 : 0;
      last = now;
    }
    await Promise.all(document.getAnimations().map((a) => a.finished));
  });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  // Each violation with the elements it found, so a failure says where to look.
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`).join("; ")})`)).toEqual([]);
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
