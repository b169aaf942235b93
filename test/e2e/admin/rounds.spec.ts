import { expect, test } from "@playwright/test";
import { axe } from "../axe";

/**
 * Issue 16 items 13–16 in Chromium: a new round from the form (errors, Norwegian dates, an old number
 * mapped), the status table at 1280 px, links made behind a confirmation and shown once (a reload shows
 * nothing and revokes nothing), one link revoked from its row, the filter; axe on every state.
 */
const ADMIN = { Authorization: "Bearer e2e-admin-token-local-only" };

test("a round from the form to its links: nothing revoked by a reload, every revoking action confirmed", async ({ browser, request }) => {
  const context = await browser.newContext({ extraHTTPHeaders: ADMIN, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/admin/");
  await expect(page.getByRole("heading", { name: "Rapporteringsrunder" })).toBeVisible();
  await axe(page);

  // An invalid form comes back filled in, with its errors.
  const title = `E2E admin ${Date.now()}`;
  await page.getByLabel("Mal").selectOption({ label: "Integreringspakke III (2021): utvidet programtid og norskopplæring" });
  await page.getByLabel("Tittel").fill(title);
  await page.locator("#opensDate").fill("01.12.2026");
  await page.locator("#opensTime").fill("08:00");
  await page.locator("#closesDate").fill("31.11.2026");
  await page.locator("#closesTime").fill("12:00");
  await page.getByLabel("Kommunenummer").fill("0301, 1201, 1103");
  await page.getByRole("button", { name: "Opprett runde" }).click();
  await expect(page.getByRole("heading", { name: "Rett opp dette før runden kan opprettes" })).toBeVisible();
  await expect(page.getByLabel("Tittel")).toHaveValue(title);
  await expect(page.locator("#closesDate")).toHaveAttribute("aria-invalid", "true");
  await axe(page);
  await page.locator("#closesDate").fill("15.12.2026");
  await page.getByRole("button", { name: "Opprett runde" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText(/1201 Bergen er 4601 Bergen fra/)).toBeVisible();
  // The Sum column is in view at 1280 px.
  const sum = page.getByRole("columnheader", { name: /^Sum/ });
  const box = (await sum.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  await axe(page);

  // All links: a confirmation first, then the links once.
  await page.getByRole("link", { name: "Lag nye lenker til alle …" }).click();
  await expect(page.getByRole("heading", { name: "Lage nye lenker til alle?" })).toBeVisible();
  await axe(page);
  await page.getByRole("button", { name: "Ja, lag nye lenker og trekk tilbake de gamle" }).click();
  await expect(page.getByRole("heading", { name: "Nye lenker" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Kopier lenkene" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Last ned lenkene (CSV)" })).toHaveAttribute("download", /rettsjekk-lenker-.*\.csv/);
  const csv = await page.getByLabel(/Lenkene til fletting/).inputValue();
  const urls = csv.split(/\r?\n/).filter(Boolean).slice(1).map((line) => line.split(";")[2]!);
  expect(urls).toHaveLength(3);
  await axe(page);
  // F5: the page says the links were shown; they still work.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Lenkene er allerede vist" })).toBeVisible();
  await axe(page);
  for (const url of urls) expect((await request.get(new URL(url).pathname, { maxRedirects: 0 })).status()).toBe(303);

  // One municipality's link revoked from its row, after a confirmation.
  await page.getByRole("link", { name: "Tilbake til runden" }).click();
  await page.getByRole("link", { name: "Trekk tilbake – 1103 Stavanger" }).click();
  await expect(page.getByRole("heading", { name: "Trekke tilbake lenken?" })).toBeVisible();
  await axe(page);
  await page.getByRole("button", { name: "Ja, trekk tilbake lenken" }).click();
  await expect(page.getByText("Lenken til 1103 Stavanger er trukket tilbake.")).toBeVisible();
  const revoked = urls.find((u) => csv.includes(`1103;Stavanger;${u}`))!;
  expect((await request.get(new URL(revoked).pathname, { maxRedirects: 0 })).status()).toBe(404);

  // The filter: who has not reported yet.
  await page.getByLabel("Vis").selectOption("ikke-rapportert");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page.getByText("Viser 3 av 3 kommuner.")).toBeVisible();
  await axe(page);
  await context.close();
});
