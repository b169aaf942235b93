import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * Issue 12, item 4, in a real browser without JavaScript: the logout button on the admin's and the
 * municipality's pages logs out (Chromium's own Origin and Sec-Fetch-Site headers pass the same-origin
 * check), and the page with the button passes axe.
 */
test.use({ javaScriptEnabled: false });
const TOKEN = "e2e-admin-token-local-only";

async function axe(page: Page) {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState() });
  const jsPage = await context.newPage();
  await jsPage.goto(page.url());
  const results = await new AxeBuilder({ page: jsPage }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  await context.close();
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

test("an admin logs in with the form and out with the button", async ({ page }) => {
  await page.goto("/admin/");
  await page.getByLabel("Administratornøkkel").fill(TOKEN);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { name: "Rapporteringsrunder" })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
  await page.goto("/admin/");
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
});

test("a municipality logs out with the button; the page is gone until the link is opened again", async ({ page, request }) => {
  const admin = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" };
  const round = await request.post("/api/v1/admin/rounds", {
    headers: admin,
    data: { template: "package-iii-2021", title: "E2E utlogging", opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), municipalities: ["5001"] },
  });
  const { id } = (await round.json()) as { id: string };
  const { links } = (await (await request.post(`/api/v1/admin/rounds/${id}/links`, { headers: admin, data: {} })).json()) as { links: Array<{ url: string }> };
  await page.goto(new URL(links[0]!.url).pathname);
  await expect(page.getByText("Logget inn for 5001 Trondheim")).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByRole("heading", { name: "Du er logget ut" })).toBeVisible();
  await page.goto("/rapport/");
  await expect(page.getByRole("heading", { name: "Rapporter til IMDi" })).toBeVisible();
});
