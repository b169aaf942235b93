import { expect, test, type Page } from "@playwright/test";
import { axe } from "../axe";

async function answerUkrainian(page: Page) {
  await page.getByLabel("Kollektiv beskyttelse (utlendingsloven § 34)").check();
  await page.getByRole("button", { name: "Fortsett" }).click();
  await page.getByLabel("Dato oppholdstillatelsen ble gitt").fill("2022-04-01");
  await page.getByRole("button", { name: "Fortsett" }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`checker ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("asks only what the rules need, and explains the result", async ({ page }) => {
      const posts: string[] = [];
      page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
      await page.goto("/sjekk/");
      await axe(page, javaScriptEnabled);
      await answerUkrainian(page);
      // A person with collective protection is never asked about programme start dates.
      const asked: string[] = [];
      for (let i = 0; i < 12; i++) {
        const heading = page.getByRole("heading", { name: "Sjekk svarene dine" });
        if (await heading.isVisible()) break;
        const label = (await page.locator("legend, label[for=value]").first().innerText()).trim();
        asked.push(label);
        await page.getByRole("button", { name: "Vet ikke" }).click();
      }
      expect(asked.join(" | ")).not.toMatch(/Startdato for introduksjonsprogrammet/);
      await axe(page, javaScriptEnabled);
      await page.getByRole("button", { name: "Se resultatet" }).click();
      await expect(page.getByRole("heading", { name: "Dette har du rett til" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Kompetansekartlegging (kollektiv beskyttelse)" })).toBeVisible();
      await expect(page.getByText("IMDi har sagt at de midlertidige reglene gjelder").first()).toBeVisible();
      await axe(page, javaScriptEnabled);
      if (javaScriptEnabled) {
        expect(posts).toEqual([]);
        expect(page.url()).toContain("#legalBasis=collective-protection");
      } else {
        expect(posts.length).toBeGreaterThan(0);
      }
    });

    test("back keeps the answer, and a bad date gets a field message", async ({ page }) => {
      await page.goto("/sjekk/");
      await page.getByLabel("Introduksjonsloven (bosatt før 2021)").check();
      await page.getByRole("button", { name: "Fortsett" }).click();
      await page.getByLabel("Startdato for introduksjonsprogrammet").fill("2021-02-30");
      await page.getByRole("button", { name: "Fortsett" }).click();
      await expect(page.locator(".ds-error-summary")).toContainText("Skriv datoen som ÅÅÅÅ-MM-DD");
      await axe(page, javaScriptEnabled);
      await page.getByLabel("Startdato for introduksjonsprogrammet").fill("2019-08-15");
      await page.getByRole("button", { name: "Fortsett" }).click();
      await page.getByRole("button", { name: "Tilbake" }).click();
      await expect(page.getByLabel("Startdato for introduksjonsprogrammet")).toHaveValue("2019-08-15");
    });
  });
}

test("keyboard only: the checker can be completed with Tab, Space and Enter", async ({ page }) => {
  await page.goto("/en/sjekk/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.getByLabel("Integration Act (integreringsloven)").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(/End date of the introduction programme/)).toBeVisible();
  await page.keyboard.type("2022-02-15");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Date of settlement in the municipality")).toBeVisible();
});

test("a result can be bookmarked: the fragment holds the answers", async ({ page }) => {
  await page.goto("/en/sjekk/#legalBasis=introduksjonsloven&programme.start=2019-08-15&programme.end=%3F&norwegianTraining.rightAndDuty=%3F&norwegianTraining.end=%3F&view=result");
  await expect(page.getByRole("heading", { name: "What you are entitled to" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Extended programme time (integration package III)" })).toBeVisible();
});

test("the result prints as a summary for a case file: the result and its sources, without the site's navigation", async ({ page }) => {
  await page.goto("/sjekk/#legalBasis=introduksjonsloven&programme.start=2019-08-15&programme.end=%3F&norwegianTraining.rightAndDuty=%3F&norwegianTraining.end=%3F&view=result");
  await expect(page.getByRole("heading", { name: "Dette har du rett til" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Utvidet programtid (integreringspakke III)" })).toBeVisible();
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.locator(".lang-switch")).toBeHidden();
  await expect(page.getByRole("link", { name: "Start på nytt" })).toBeHidden();
});
