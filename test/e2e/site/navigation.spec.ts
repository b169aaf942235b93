import { expect, test } from "@playwright/test";

test("the language switcher keeps the reader on the same page, with lang and hreflang right", async ({ page }) => {
  await page.goto("/regler/ip3-prog/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/uk\/regler\/ip3-prog\/$/);
  await page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/regler\/ip3-prog\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Extended programme time (integration package III)");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Українська" }).click();
  await expect(page).toHaveURL(/\/uk\/regler\/ip3-prog\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
});

test("figures on a rule page come from the catalog, formatted per language", async ({ page }) => {
  await page.goto("/regler/ip3-prog/");
  await expect(page.getByText("45\u00a0000\u00a0kr")).toBeVisible();
  await expect(page.getByText("fra og med 1. juli 2019 til (men ikke med) 1. januar 2020", { exact: true })).toBeVisible();
  await page.goto("/en/regler/ip3-prog/");
  await expect(page.getByText("NOK 45,000")).toBeVisible();
});

test("keyboard: the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Hopp til hovedinnhold" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("home offers the three ways in", async ({ page }) => {
  await page.goto("/en/");
  for (const name of ["What am I entitled to?", "Check participants", "Report to IMDi"]) {
    await expect(page.getByRole("main").getByRole("link", { name })).toBeVisible();
  }
});

test("the vaccination table finds Bærum by its 2022 number and today's", async ({ page }) => {
  await page.goto("/tema/grant/");
  // The table with today's numbers (each scheme's own page table lists the 2022 numbers only).
  const table = page.getByRole("table", { name: "Kommunene som fikk tilskudd til informasjonsarbeid om vaksinasjon (2022)" });
  await expect(table.getByRole("row").filter({ hasText: "3024 Bærum" })).toContainText("3201 Bærum");
  await expect(table.getByRole("row").filter({ hasText: "1507 Ålesund" })).toContainText("1580 Haram");
});

test("search finds a rule in each language", async ({ page }) => {
  for (const [path, query, expected] of [
    ["/sok/", "integreringsmottak", "integreringsmottak"],
    ["/en/sok/", "reception", "reception"],
    ["/nn/sok/", "tilskot", "ilskot"],
    ["/uk/sok/", "дотація", "отаці"],
  ] as const) {
    await page.goto(path);
    await page.locator(".pagefind-ui__search-input").fill(query);
    await expect(page.locator(".pagefind-ui__result").first()).toContainText(new RegExp(expected, "i"));
  }
});

test("a search can be linked to: /sok/?q= opens with its results, in a named field", async ({ page }) => {
  await page.goto("/en/sok/?q=reception");
  await expect(page.locator("#search-q")).toHaveAttribute("name", "q");
  await expect(page.locator("#search-q")).toHaveValue("reception");
  await expect(page.locator(".pagefind-ui__result").first()).toContainText(/reception/i);
});
