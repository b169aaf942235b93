import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** The contact register and a round's e-mails and progress, as IMDi staff see them: axe finds nothing, at 1280 and 320 px. */
const ADMIN = { Authorization: "Bearer e2e-admin-token-local-only" };

test("the contact register and the round's e-mails page: the actions work without JavaScript, and axe finds nothing", async ({ browser, request }) => {
  await request.put("/api/v1/admin/contacts", {
    headers: { ...ADMIN, "Content-Type": "text/csv" },
    data: "kommunenummer;epost;målform\n4601;postmottak@bergen.kommune.example;nynorsk\n5001;kari.nordmann@trondheim.kommune.example\n",
  });
  const round = await request.post("/api/v1/admin/rounds", {
    headers: { ...ADMIN, "Content-Type": "application/json" },
    data: { template: "package-iii-2021", title: "E2E e-post", opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), municipalities: ["4601", "5001", "1103"] },
  });
  const { id } = (await round.json()) as { id: string };

  for (const width of [1280, 320]) {
    const context = await browser.newContext({ extraHTTPHeaders: ADMIN, viewport: { width, height: 900 }, javaScriptEnabled: width === 1280 });
    const page = await context.newPage();
    await page.goto("/admin/kontakter");
    await expect(page.getByRole("heading", { name: "Kontaktregister" })).toBeVisible();
    await expect(page.getByText("ser ut som adressen til en person")).toBeVisible();
    if (width === 320) {
      // Without JavaScript: send the links from the round's page (post/redirect/get).
      await page.goto(`/admin/runder/${id}/utsendelser`);
      await page.getByRole("button", { name: "Send lenker til alle som ikke har fått" }).click();
      await expect(page.getByText("2 e-poster er lagt i kø.")).toBeVisible();
    } else {
      await page.goto(`/admin/runder/${id}/utsendelser`);
    }
    await expect(page.getByRole("img", { name: "Rapportert per dag" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Mangler e-postadresse" })).toBeVisible();
    if (width === 1280) {
      for (const path of ["/admin/kontakter", `/admin/runder/${id}/utsendelser`]) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
      }
    } else {
      // Holds at 320 px: the page itself does not scroll sideways (wide tables scroll in their own box).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});
