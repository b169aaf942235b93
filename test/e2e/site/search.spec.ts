import { expect, test, type Page } from "@playwright/test";

/** Issue 15 item 13: the right text per language, real questions, clean excerpts, the query kept across a language switch. */

async function ask(page: Page, path: string, query: string) {
  await page.goto(path);
  await page.locator(".pagefind-ui__search-input").fill(query);
  await expect(page.locator(".pagefind-ui__result-link").first()).toBeVisible();
}

/** The first results' addresses, once Pagefind has filled them in. */
const topLinks = (page: Page, n = 3) => page.locator(".pagefind-ui__result-link").evaluateAll((links, n) => links.slice(0, n).map((l) => l.getAttribute("href")), n);

const QUESTIONS = [
  { path: "/sok/", query: "foreldreveiledning", finds: "/regler/ua-parent/" },
  { path: "/sok/", query: "tilskudd integreringsmottak", finds: "/regler/reception-2021/" },
  { path: "/nn/sok/", query: "foreldrerettleiing", finds: "/nn/regler/ua-parent/" },
  { path: "/nn/sok/", query: "utvida norskopplæring", finds: "/nn/regler/ip1-nor/" },
  { path: "/en/sok/", query: "parent guidance", finds: "/en/regler/ua-parent/" },
  { path: "/en/sok/", query: "vaccination information", finds: "/en/regler/vacc-muni-2022/" },
  // Ukrainian is not stemmed by Pagefind: the words a person types are inflected differently from the titles.
  { path: "/uk/sok/", query: "норвезька", finds: "/uk/regler/ua-nor/" },
  { path: "/uk/sok/", query: "курс для батьків", finds: "/uk/regler/ua-parent/" },
  { path: "/uk/sok/", query: "дотація вакцинація", finds: "/uk/regler/vacc-muni-2022/" },
] as const;

for (const q of QUESTIONS) {
  test(`${q.path} "${q.query}" finds ${q.finds} among the first results`, async ({ page }) => {
    await ask(page, q.path, q.query);
    await expect.poll(() => topLinks(page, 5)).toContain(q.finds);
  });
}

test("Ukrainian 'норвезька' (the language) leads to Norwegian training, not to money tables", async ({ page }) => {
  await ask(page, "/uk/sok/", "норвезька");
  await expect.poll(async () => (await topLinks(page, 1))[0]).toMatch(/\/uk\/regler\/(ua-nor|ord-nor|ip\d-nor|q122-nor)\//);
  await expect.poll(() => topLinks(page, 10)).not.toContain("/uk/tema/grant/");
});

test("excerpts never run two words together", async ({ page }) => {
  for (const [path, query] of [["/uk/sok/", "діє"], ["/uk/sok/", "тимчасові правила"], ["/en/sok/", "collective protection"], ["/sok/", "kollektiv beskyttelse"]] as const) {
    await ask(page, path, query);
    await expect.poll(() => page.locator(".pagefind-ui__result-excerpt").count()).toBeGreaterThan(1);
    for (const excerpt of await page.locator(".pagefind-ui__result-excerpt").allTextContents()) expect(excerpt).not.toMatch(/\p{Ll}\p{Lu}/u);
  }
});

test("the query is kept across a language switch", async ({ page }) => {
  await ask(page, "/en/sok/", "reception");
  await expect(page).toHaveURL(/\/en\/sok\/\?q=reception$/);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Українська" }).click();
  await expect(page).toHaveURL(/\/uk\/sok\/\?q=reception$/);
  await expect(page.locator("#search-q")).toHaveValue("reception");
  await page.locator("#search-q").fill("дотація");
  await page.getByRole("navigation", { name: "Мова" }).getByRole("link", { name: "Norsk bokmål" }).click();
  await expect(page).toHaveURL(/\/sok\/\?q=%D0%B4%D0%BE%D1%82%D0%B0%D1%86%D1%96%D1%8F$/);
  await expect(page.locator("#search-q")).toHaveValue("дотація");
});
