import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("a municipality reports without JavaScript: link, form, check answers, receipt", async ({ page, request, browser }) => {
  const admin = { Authorization: "Bearer e2e-admin-token-local-only", "Content-Type": "application/json" };
  const round = await request.post("/api/v1/admin/rounds", {
    headers: admin,
    data: { template: "package-iii-2021", title: "E2E rapport", opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), municipalities: ["3201"] },
  });
  const { id } = (await round.json()) as { id: string };
  const { links } = (await (await request.post(`/api/v1/admin/rounds/${id}/links`, { headers: admin, data: {} })).json()) as { links: Array<{ url: string }> };
  await page.goto(new URL(links[0]!.url).pathname);
  expect(page.url()).toMatch(/\/rapport\/$/);
  await page.getByLabel(/Antall deltakere: Utvidet programtid \(integreringspakke III\)/).fill("3");
  await page.getByLabel(/Antall deltakere: Utvidet norskopplæring \(integreringspakke III\)/).fill("2");
  await page.getByLabel(/Antall deltakere: Utvidet programtid \(integreringspakke II\)/).fill("0");
  await page.getByLabel(/Antall deltakere: Utvidet norskopplæring \(integreringspakke II\)/).fill("0");
  await page.getByRole("button", { name: "Fortsett" }).click();
  await expect(page.getByRole("heading", { name: "Sjekk svarene dine" })).toBeVisible();
  await expect(page.getByText("151\u00a0000\u00a0kr")).toBeVisible();
  await page.getByLabel(/Jeg bekrefter/).check();
  await page.getByRole("button", { name: "Send rapporten" }).click();
  await expect(page.getByRole("heading", { name: "Rapporten er mottatt" })).toBeVisible();
  expect(page.url()).toMatch(/\/rapport\/kvittering\/RS-/);

  // The same page, with JavaScript, for axe.
  const context = await browser.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState() });
  const jsPage = await context.newPage();
  await jsPage.goto(page.url());
  const results = await new AxeBuilder({ page: jsPage }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await context.close();
});

test("the report and admin pages (bokmål only) link only to pages that exist", async ({ page, request }) => {
  for (const path of ["/rapport/", "/admin/"]) {
    await page.goto(path);
    await expect(page.locator(".lang-switch")).toHaveCount(0);
    const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")!))]);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect((await request.get(href, { maxRedirects: 0 })).status(), `${path} → ${href}`).toBeLessThan(400);
  }
});
