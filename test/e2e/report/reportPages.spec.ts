import { expect, test, type Page } from "@playwright/test";
import { axe } from "../axe";

/**
 * Issue 16 items 8–12: the municipality's report pages on a phone (375 and 320 px): nothing wider than the
 * screen, "Endre" in view, the check page a GET (Back after sending shows the receipt), the banner after a
 * first report, a correction, the replaced receipt, bokmål and nynorsk; axe on every state.
 */
// A municipality with no målform in the contact register (admin/mail.spec.ts gives 4601 nynorsk): bokmål until chosen.
const ADMIN = { Authorization: "Bearer e2e-admin-token-local-only", "Content-Type": "application/json" };

async function linkFor(request: Parameters<Parameters<typeof test>[1]>[0]["request"], code: string, title: string) {
  const round = await request.post("/api/v1/admin/rounds", {
    headers: ADMIN,
    data: { template: "package-iii-2021", title, opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), municipalities: [code] },
  });
  const { id } = (await round.json()) as { id: string };
  const { links } = (await (await request.post(`/api/v1/admin/rounds/${id}/links`, { headers: ADMIN, data: {} })).json()) as { links: Array<{ url: string }> };
  return new URL(links[0]!.url).pathname;
}

/** The page is no wider than the screen: no sideways scrolling. */
async function fits(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} at ${width} px`).toBeLessThanOrEqual(width);
}

async function fill(page: Page, values: [string, string, string, string]) {
  const inputs = page.locator("input.report-number");
  for (const [i, v] of values.entries()) await inputs.nth(i).fill(v);
}

for (const width of [375, 320]) {
  test(`report pages at ${width} px: form, errors, check, receipt, correction, replaced receipt, nynorsk`, async ({ browser, request }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(await linkFor(request, "1103", `E2E mobil ${width}`));
    await expect(page.getByText(/Hvem som telles: deltakere som startet/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Les regelen ?: Utvidet programtid \(integreringspakke III\)/ })).toHaveAttribute("href", "/regler/ip3-prog/");
    // The intake footer: IMDi's address as a link, none of the checker's rules-version or API links.
    await expect(page.locator("footer a[href='mailto:post@imdi.no']")).toBeVisible();
    await expect(page.locator("footer a[href^='/api/']")).toHaveCount(0);
    await fits(page, width);
    await axe(page);

    // Field messages in a municipality's words.
    await fill(page, ["12,5", "", "0", "0"]);
    await page.getByRole("button", { name: "Fortsett" }).click();
    await expect(page.getByRole("link", { name: /Skriv et helt tall, uten komma\./ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Skriv 0 hvis ingen\./ })).toBeVisible();
    await fits(page, width);
    await axe(page);

    await fill(page, ["3", "2", "0", "0"]);
    await page.getByRole("button", { name: "Fortsett" }).click();
    await expect(page.getByRole("heading", { name: "Sjekk svarene dine" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/rapport/sjekk");
    // "Endre" is on the screen, not off to the right.
    const change = page.getByRole("link", { name: /^Endre/ }).first();
    const box = (await change.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await fits(page, width);
    await axe(page);
    // A reload of the check page is a GET: nothing is posted again.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Sjekk svarene dine" })).toBeVisible();
    await page.getByLabel(/ikke er rapportert før/).check();
    await page.getByRole("button", { name: "Send rapporten" }).click();
    await expect(page.getByRole("heading", { name: "Rapporten er mottatt" })).toBeVisible();
    const firstReceipt = page.url();
    await expect(page.getByRole("button", { name: "Skriv ut kvitteringen" })).toBeVisible();
    await fits(page, width);
    await axe(page);
    // Back after sending shows the receipt, not the check page again.
    await page.goBack();
    await expect(page.getByRole("heading", { name: "Rapporten er mottatt" })).toBeVisible();

    // After a first report: the banner, then a correction that confirms what it replaces.
    await page.goto("/rapport/");
    await expect(page.getByRole("heading", { name: /Dere har rapportert \(versjon 1, RS-/ })).toBeVisible();
    await axe(page);
    await fill(page, ["4", "2", "0", "0"]);
    await page.getByLabel("Hvorfor endrer dere rapporten?").fill("Telte feil");
    await page.getByRole("button", { name: "Fortsett" }).click();
    await expect(page.getByLabel(/erstatter versjon 1/)).toBeVisible();
    await expect(page.getByText(/ikke er rapportert før/)).toHaveCount(0);
    await page.getByLabel(/erstatter versjon 1/).check();
    await page.getByRole("button", { name: "Send rapporten" }).click();
    await expect(page.getByRole("heading", { name: "Rapporten er mottatt" })).toBeVisible();
    await page.goto(firstReceipt);
    await expect(page.getByText(/Denne versjonen er erstattet av versjon 2/)).toBeVisible();
    await fits(page, width);
    await axe(page);

    // Nynorsk, chosen on the page and remembered on the next visit.
    await page.goto("/rapport/");
    await page.getByRole("button", { name: "Nynorsk" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(page.getByText(/Kven som skal teljast/).first()).toBeVisible();
    await page.goto("/rapport/");
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(page.getByRole("button", { name: "Nynorsk" })).toHaveAttribute("aria-pressed", "true");
    await fits(page, width);
    await axe(page);
    await context.close();
  });
}
