import { expect, test, type Page } from "@playwright/test";
import { formatters, packFor } from "../../../functions/core/i18n";
import { RULES_VERSION, type Lang } from "../../../functions/core/rules";
import { axe } from "../axe";

const next = (page: Page, name = "Fortsett") => page.getByRole("button", { name, exact: true }).click();

async function answerUkrainian(page: Page) {
  await page.getByLabel("Kollektiv beskyttelse (utlendingsloven § 34)").check();
  await next(page);
  await page.getByLabel("Dato oppholdstillatelsen ble gitt").fill("01.04.2022");
  await next(page);
}

/**
 * Answers "I don't know" until the check page, and returns the questions asked. After each answer it waits
 * until the page has moved on (the question's `q` field is gone), so no step is read twice or missed.
 */
async function dontKnowToTheEnd(page: Page, dontKnow: string, checkHeading: string): Promise<string[]> {
  const asked: string[] = [];
  const check = page.getByRole("heading", { name: checkHeading });
  const button = page.getByRole("button", { name: dontKnow, exact: true });
  for (let i = 0; i < 15; i++) {
    await expect(check.or(button)).toBeVisible();
    if (await check.isVisible()) return asked;
    const q = await page.locator('input[name="q"]').getAttribute("value");
    asked.push((await page.locator("legend, label[for=value]").first().innerText()).trim());
    await button.click();
    await expect(page.locator(`input[name="q"][value="${q}"]`)).toHaveCount(0);
  }
  throw new Error(`no check page after: ${asked.join(" | ")}`);
}

/**
 * A result's address: with JavaScript the answers are in the fragment (no request carries them), without
 * it in the query the Worker reads (every form post redirects there). The same answers either way.
 */
const resultUrl = (lang: Lang, answers: Record<string, string>, javaScriptEnabled: boolean) =>
  `${lang === "nb" ? "" : `/${lang}`}/sjekk/${javaScriptEnabled ? "#" : "?"}${new URLSearchParams({ ...answers, view: "result" })}`;
const UKRAINIAN = { legalBasis: "collective-protection", permitGranted: "2022-04-01", age: "30", upperSecondary: "no", endGoal: "work", childrenUnder18: "yes", settled: "2024-01-10" };
const INTRODUCTION_ACT = { legalBasis: "introduksjonsloven", "programme.start": "2019-09-01", "programme.end": "?", "norwegianTraining.rightAndDuty": "yes", "norwegianTraining.end": "2021-10-01" };

for (const javaScriptEnabled of [true, false]) {
  test.describe(`checker ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("asks only what the rules need, and explains the result", async ({ page }) => {
      const posts: string[] = [];
      page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
      await page.goto("/sjekk/");
      await expect(page.getByText("Det står i kommunens vedtak om introduksjonsprogram hvilken lov")).toBeVisible();
      await axe(page, javaScriptEnabled);
      await answerUkrainian(page);
      // A person with collective protection is never asked about programme start dates.
      const asked = await dontKnowToTheEnd(page, "Vet ikke", "Sjekk svarene dine");
      expect(asked).toEqual(["Alder", "Utdanning på videregående nivå fra før", "Sluttmål for programmet", "Barn under 18 år", "Dato for bosetting i kommunen"]);
      await axe(page, javaScriptEnabled);
      await page.getByRole("button", { name: "Se resultatet" }).click();
      await expect(page.getByRole("heading", { name: "Dette har du rett til", exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Kort oppsummert" })).toBeVisible();
      await expect(page.locator("#rule-UA-MAP summary")).toContainText("Kompetansekartlegging");
      await expect(page.getByText("IMDi har sagt at de midlertidige reglene gjelder")).toHaveCount(1);
      // Sources by their real names (issue 15 item 4): never a seed's file name, the act linked to Lovdata.
      expect(await page.locator("main").innerText()).not.toMatch(/_[0-9a-f]{16}\.txt/);
      await expect(page.locator('#rule-UA-MAP a[href="https://lovdata.no/dokument/NL/lov/2020-11-06-127"]')).toHaveCount(1);
      await axe(page, javaScriptEnabled);
      if (javaScriptEnabled) {
        expect(posts).toEqual([]);
        expect(page.url()).toContain("#legalBasis=collective-protection");
      } else {
        expect(posts.length).toBeGreaterThan(0);
        expect(page.url()).toContain("?legalBasis=collective-protection");
      }
    });

    test("a date is taken as dd.mm.yyyy, d.m.yyyy or ISO; a day that does not exist gets a field message; back keeps the date", async ({ page }) => {
      await page.goto("/sjekk/");
      await page.getByLabel("Introduksjonsloven (bosatt før 2021)").check();
      await next(page);
      const start = page.getByLabel("Startdato for introduksjonsprogrammet");
      await expect(page.getByText("Skriv datoen som dd.mm.åååå, for eksempel 15.08.2019.")).toBeVisible();
      await start.fill("30.02.2021");
      await next(page);
      await expect(page.locator(".ds-error-summary")).toContainText("Datoen finnes ikke i kalenderen");
      await expect(start).toHaveValue("30.02.2021");
      await axe(page, javaScriptEnabled);
      await start.fill("15/08/2019");
      await next(page);
      await expect(page.locator(".ds-error-summary")).toContainText("Datoen må skrives som dd.mm.åååå");
      await start.fill("15.8.2019");
      await next(page);
      await expect(page.getByLabel(/Sluttdato for introduksjonsprogrammet/)).toBeVisible();
      await page.getByRole("button", { name: "Tilbake" }).click();
      await expect(start).toHaveValue("15.08.2019");
      await start.fill("2019-08-15");
      await next(page);
      await expect(page.getByLabel(/Sluttdato for introduksjonsprogrammet/)).toBeVisible();
    });

    test("the permit date can be answered as 'on 11 March 2022 or later? yes/no/don't know'", async ({ page }) => {
      await page.goto("/en/sjekk/");
      await page.getByLabel("Temporary collective protection").check();
      await next(page, "Continue");
      await page.getByRole("button", { name: "I don't know the exact date" }).click();
      const question = page.getByRole("group", { name: "Was your residence permit granted on 11 March 2022 or later?" });
      await expect(question).toBeVisible();
      await axe(page, javaScriptEnabled);
      await question.getByLabel("No").check();
      await next(page, "Continue");
      await page.getByLabel("Date of settlement in the municipality").fill("01.05.2022");
      await next(page, "Continue");
      await expect(page.getByText("Before 11 March 2022")).toBeVisible();
      await page.getByRole("button", { name: "See the result" }).click();
      await expect(page.getByRole("heading", { name: "The temporary rules for people with collective protection do not apply to you" })).toHaveCount(1);
      await expect(page.getByText("Yours was granted before 11 March 2022.")).toBeVisible();
      await expect(page.getByRole("heading", { name: "What you have a right to now" })).toBeVisible();
      await expect(page.locator(".summary")).toContainText("Competence mapping (kompetansekartlegging) (right and duty)");
      await axe(page, javaScriptEnabled);
    });

    test("'I don't know' the legal basis: two plain questions work it out", async ({ page }) => {
      await page.goto("/sjekk/");
      await page.getByRole("button", { name: "Vet ikke" }).click();
      await expect(page.getByRole("group", { name: /Har du kollektiv beskyttelse i Norge/ })).toBeVisible();
      await axe(page, javaScriptEnabled);
      await page.getByLabel("Nei").check();
      await next(page);
      await expect(page.getByRole("group", { name: "Ble du bosatt i en norsk kommune før 1. januar 2021?" })).toBeVisible();
      await axe(page, javaScriptEnabled);
      await page.getByLabel("Ja").check();
      await next(page);
      await expect(page.getByLabel("Startdato for introduksjonsprogrammet")).toBeVisible();
      await dontKnowToTheEnd(page, "Vet ikke", "Sjekk svarene dine");
      await expect(page.getByText("Ut fra svarene dine: Introduksjonsloven (bosatt før 2021).")).toBeVisible();
      await axe(page, javaScriptEnabled);
    });

    test("switching language keeps the answers, in the questions and on the result", async ({ page }) => {
      await page.goto("/sjekk/");
      await answerUkrainian(page);
      await expect(page.getByLabel("Alder")).toBeVisible();
      await page.locator(".lang-switch").getByRole("link", { name: "English" }).click();
      await expect(page.getByLabel("Age", { exact: true })).toBeVisible();
      await page.getByLabel("Age", { exact: true }).fill("30");
      await next(page, "Continue");
      await dontKnowToTheEnd(page, "I don't know", "Check your answers");
      await expect(page.getByText("1 April 2022")).toBeVisible();
      await page.getByRole("button", { name: "See the result" }).click();
      await expect(page.getByRole("heading", { name: "What you are entitled to" })).toBeVisible();
      await page.locator(".lang-switch").getByRole("link", { name: "Українська" }).click();
      await expect(page.getByRole("heading", { name: "На що ви маєте право", exact: true })).toBeVisible();
      await expect(page.getByText(formatters("uk").date("2022-04-01"), { exact: true })).toBeVisible();
      await expect(page.locator(".summary")).toContainText(`${packFor("uk").rules["UA-NOR"].title}: до 12 міс.`);
    });

    for (const lang of ["uk", "en"] as const) {
      test(`${lang}: the summary of a Ukrainian with collective protection names today's rights and says the shared warning once`, async ({ page }) => {
        const pack = packFor(lang);
        const s = pack.checker;
        await page.goto(resultUrl(lang, UKRAINIAN, javaScriptEnabled));
        const summary = page.locator(".summary");
        await expect(summary.getByRole("heading", { name: s.rightsNow })).toBeVisible();
        await expect(summary).toContainText(`${pack.rules["UA-NOR"].title}: ${s.months(12)}`);
        await expect(summary).toContainText(`${pack.rules["UA-DUR-25"].title}: ${s.monthsRange(3, 24)}, ${s.extension(12)}`);
        await expect(summary.getByRole("heading", { name: s.municipalityMust })).toBeVisible();
        await expect(summary).toContainText(s.deadlinePassed);
        await expect(page.getByText(pack.notes["UA-END-DATE-ANNOUNCED"])).toHaveCount(1);
        await expect(page.getByRole("heading", { name: s.earlierTitle })).toHaveCount(0);
        await axe(page, javaScriptEnabled);
        // The details are collapsed; opened, each links to its rule page.
        const row = page.locator("#rule-UA-NOR");
        await row.locator("summary").click();
        await expect(row.getByRole("link", { name: new RegExp(s.readRule) })).toHaveAttribute("href", `/${lang}/regler/ua-nor/`);
        await axe(page, javaScriptEnabled);
      });

      test(`${lang}: the summary of an introduksjonsloven participant from September 2019 puts the ended rules under "Earlier rules"`, async ({ page }) => {
        const pack = packFor(lang);
        const s = pack.checker;
        await page.goto(resultUrl(lang, INTRODUCTION_ACT, javaScriptEnabled));
        await expect(page.locator(".summary")).toContainText(s.nothingNow);
        const earlier = page.locator("section", { has: page.getByRole("heading", { name: s.earlierTitle }) });
        await expect(earlier).toContainText(s.earlierWhy);
        for (const id of ["IP1-PROG", "IP3-PROG", "IP3-NOR", "REINF", "CAREER"]) await expect(earlier.locator(`#rule-${id}`)).toHaveCount(1);
        await expect(earlier.locator("#rule-IP3-PROG .ds-tag")).toHaveText(s.historicalStatuses["needs-assessment"]);
        await expect(earlier.locator('.ds-tag[data-color="success"]')).toHaveCount(0);
        await expect(page.getByRole("heading", { name: s.detailsTitle })).toHaveCount(0);
        await axe(page, javaScriptEnabled);
      });
    }
  });
}

test.describe("without JavaScript, every answer is a redirect to an address", () => {
  test.use({ javaScriptEnabled: false });

  test("Back after a step shows the step before, from its address, without posting again", async ({ page }) => {
    await page.goto("/sjekk/");
    await answerUkrainian(page);
    await expect(page.getByLabel("Alder")).toBeVisible();
    expect(new URL(page.url()).searchParams.get("q")).toBe("age");
    const posts: string[] = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
    await page.goBack();
    await expect(page.getByLabel("Dato oppholdstillatelsen ble gitt")).toBeVisible();
    await page.goBack();
    await expect(page.getByLabel("Kollektiv beskyttelse (utlendingsloven § 34)")).toBeVisible();
    await page.goForward();
    await page.goForward();
    await expect(page.getByLabel("Alder")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Alder")).toBeVisible();
    expect(posts).toEqual([]);
    await axe(page, false);
  });
});

test("keyboard only: the checker can be completed with Tab, Space and Enter", async ({ page }) => {
  await page.goto("/en/sjekk/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.getByLabel("Integration Act (integreringsloven)").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(/End date of the introduction programme/)).toBeVisible();
  await page.keyboard.type("15.02.2022");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Date of settlement in the municipality")).toBeVisible();
});

test("a result can be bookmarked: the fragment holds the answers", async ({ page }) => {
  await page.goto("/en/sjekk/#legalBasis=introduksjonsloven&programme.start=2019-08-15&programme.end=%3F&norwegianTraining.rightAndDuty=%3F&norwegianTraining.end=%3F&view=result");
  await expect(page.getByRole("heading", { name: "What you are entitled to" })).toBeVisible();
  await expect(page.locator("#rule-IP3-PROG summary")).toContainText("Extended programme time (integration package III)");
  await page.reload();
  await expect(page.locator("#rule-IP3-PROG summary")).toContainText("Extended programme time (integration package III)");
});

test("the result prints as a one-page summary with the answers and the rules version, without the details or the site's navigation", async ({ page }) => {
  await page.goto(resultUrl("uk", UKRAINIAN, true));
  await expect(page.getByRole("button", { name: "Роздрукувати підсумок" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Коротко" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ваші відповіді" })).toBeVisible();
  await expect(page.getByText(`Версія правил ${RULES_VERSION}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Докладно про кожне правило" })).toBeHidden();
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.locator(".lang-switch")).toBeHidden();
  await expect(page.getByRole("link", { name: "Почати знову" })).toBeHidden();
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

for (const width of [1280, 375]) {
  test(`at ${width} px the text in a result's cards keeps its distance from the card's border`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(resultUrl("en", UKRAINIAN, true));
    await expect(page.locator(".rule-card").first()).toBeVisible();
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const tooClose = await page.evaluate(() => {
      const out: string[] = [];
      for (const card of document.querySelectorAll(".rule-card")) {
        const box = card.getBoundingClientRect();
        for (const el of card.querySelectorAll(".rule-row, p, li, h4")) {
          const r = el.getBoundingClientRect();
          if (r.width === 0) continue;
          if (r.left - box.left < 8 || box.right - r.right < 8) out.push(`${el.tagName} "${el.textContent?.slice(0, 30)}" ${Math.round(r.left - box.left)}/${Math.round(box.right - r.right)} px`);
        }
      }
      return out;
    });
    expect(tooClose).toEqual([]);
  });
}
