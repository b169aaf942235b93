import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { formatters, packFor } from "../../../functions/core/i18n";
import { UI } from "../../../functions/core/i18n/site";
import { localePath } from "../../../functions/core/localePath";
import { LANGUAGES, listedAllocationSum, RULES, SEEDS, type Lang, type Rule } from "../../../functions/core/rules";

/** The text of a built page's <main>, tags out and entities decoded, as a reader sees it. */
function mainText(path: string): string {
  const html = readFileSync(join("dist", path, "index.html"), "utf8");
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return main
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every figure of a rule, as its language writes it with its unit: windows, dates, months, ages, amounts, deadlines. */
function figuresOf(rule: Rule, lang: Lang): string[] {
  const f = formatters(lang);
  const words = UI[lang].figureWords;
  const out: string[] = [];
  for (const d of [rule.validity.from, rule.validity.to, rule.validity.announcedTo]) if (d) out.push(f.date(d));
  if ("windows" in rule) {
    for (const w of Object.values(rule.windows)) if (w) out.push(f.window(w));
    for (const d of Object.values(rule.referenceDates)) if (d) out.push(f.date(d));
    const { minAge, maxAge, grantNok, childrenUnderAge, ...months } = rule.figures;
    for (const n of Object.values(months)) if (typeof n === "number") out.push(f.months(n));
    if (minAge !== undefined && maxAge !== undefined) out.push(words.agesBetween(minAge, maxAge));
    else if (maxAge !== undefined) out.push(words.agesUnder(maxAge));
    else if (minAge !== undefined) out.push(words.agesFrom(minAge));
    if (childrenUnderAge !== undefined) out.push(words.years(childrenUnderAge));
    if (grantNok) out.push(f.nok(grantNok));
  } else {
    if (rule.figures?.minParticipants !== undefined) out.push(String(rule.figures.minParticipants));
    for (const d of rule.deadlines) {
      if (d.date) out.push(f.date(d.date));
      if (d.weeksAfterGrantLetter !== undefined) out.push(words.weeksAfterLetter(d.weeksAfterGrantLetter));
      if (d.monthOfFollowingYear !== undefined) out.push(words.monthOfFollowingYear(d.monthOfFollowingYear, packFor(lang).format.months[d.monthOfFollowingYear - 1]!));
      if (d.recurring) out.push(words.recurring[d.recurring]);
    }
    for (const a of rule.allocations ?? []) out.push(f.nok(a.nok));
    if (rule.allocations?.length) out.push(f.nok(listedAllocationSum(rule)));
  }
  for (const a of rule.amounts ?? []) out.push(f.nok(a.nok), ...(a.year ? [String(a.year)] : []));
  return out;
}

test("every figure of every rule appears on its page, with its unit, in every language (issue 10 item 6)", () => {
  for (const lang of LANGUAGES) {
    for (const rule of RULES) {
      const text = mainText(localePath(lang, `/regler/${rule.id.toLowerCase()}/`));
      for (const figure of figuresOf(rule, lang)) expect(text, `${lang} ${rule.id}`).toContain(figure);
      // Nothing cryptic is left: no "~2", no bare "Age 25–".
      expect(text, `${lang} ${rule.id}`).not.toMatch(/~\d|\d–(?!\d)/);
    }
  }
});

test("Ukrainian text ends a sentence with one full stop, never 'р..'", () => {
  for (const rule of RULES) expect(mainText(`/uk/regler/${rule.id.toLowerCase()}/`)).not.toMatch(/\.\./);
});

/** Every built page, as a path under dist/. */
function builtFiles(dir = "dist"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" || name === "_astro" ? [] : builtFiles(path);
    return name.endsWith(".html") ? [relative("dist", path)] : [];
  });
}

test("no built page but the sources page shows a seed file name (issue 15 item 4)", () => {
  const files = builtFiles();
  expect(files.length).toBeGreaterThan(150);
  const seedFiles = Object.values(SEEDS).map((s) => s.file);
  for (const file of files) {
    const isSources = /^((nn|en|uk)\/)?kilder\/index\.html$/.test(file);
    const html = readFileSync(join("dist", file), "utf8");
    for (const seed of seedFiles) {
      if (isSources) expect(html, file).toContain(seed);
      else expect(html, file).not.toContain(seed);
    }
  }
});

test("rule pages name their sources and mark Norwegian passages in English and Ukrainian (WCAG 3.1.2)", async ({ page }) => {
  await page.goto("/en/regler/ord-map/");
  await expect(page.locator("h1 span[lang=nb]")).toHaveText("kompetansekartlegging");
  const legal = page.locator("main li a[lang=nb], main li a span[lang=nb]").first();
  await expect(legal).toContainText("Integreringsloven (LOV-2020-11-06-127) § 10");
  await expect(page.locator('main a[href="https://lovdata.no/dokument/NL/lov/2020-11-06-127"]').first()).toBeVisible();
  await expect(page.getByText("IMDi's page “Informasjon til kommuner som ikke har bosatt de siste årene”, last updated 10 December 2024")).toBeVisible();
  await page.goto("/uk/regler/ip2-nor/");
  await expect(page.locator("main span[lang=nb]").filter({ hasText: "Prop. 78 L" })).toHaveCount(1);
  await expect(page.locator("main span[lang=nb]").filter({ hasText: "§ 17 første ledd" })).toHaveCount(1);
  // A bokmål page marks nothing: it is all bokmål.
  await page.goto("/regler/ord-map/");
  await expect(page.locator("main [lang]")).toHaveCount(0);
});

test.describe("the not-found page speaks the language of the address", () => {
  for (const lang of LANGUAGES) {
    for (const path of [localePath(lang, "/finnes-ikke/"), localePath(lang, "/regler/finnes-ikke/"), localePath(lang, "/sjekk/finnes-ikke")]) {
      test(path, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", packFor(lang).tag);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(UI[lang].notFound.title);
        await expect(page.getByRole("main").getByRole("link", { name: UI[lang].notFound.home })).toHaveAttribute("href", localePath(lang, "/"));
      });
    }
  }
});

test("every page's footer links the accessibility and the privacy statement in its own language (issue 15 item 14)", () => {
  const pages = builtFiles().filter((f) => f.endsWith("index.html") && !/^(rapport|admin)\//.test(f));
  for (const file of pages) {
    const lang = (/^(nn|en|uk)\//.exec(file)?.[1] ?? "nb") as Lang;
    const html = readFileSync(join("dist", file), "utf8");
    const footer = html.slice(html.indexOf("<footer"));
    expect(footer, file).toContain(`href="${localePath(lang, "/tilgjengelighet/")}"`);
    expect(footer, file).toContain(`href="${localePath(lang, "/personvern/")}"`);
  }
});

test.describe("the statements: uustatus' parts, the operator from configuration, marked as a demo locally", () => {
  for (const lang of LANGUAGES) {
    test(`accessibility and privacy in ${lang}`, async ({ page }) => {
      const ui = UI[lang].statements;
      await page.goto(localePath(lang, "/tilgjengelighet/"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.accessibility.title);
      // Local builds leave [vars] empty: the demo default is named, and said to be one.
      await expect(page.getByText(ui.demoNotice)).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: "rettsjekk-demo@example.invalid" })).toHaveAttribute("href", "mailto:rettsjekk-demo@example.invalid");
      await expect(page.getByRole("heading", { level: 2 })).toHaveCount(5);
      await expect(page.locator('main a[href="https://www.uutilsynet.no/"]')).toBeVisible();
      await page.goto(localePath(lang, "/personvern/"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.privacy.title);
      await expect(page.locator('main a[href="https://www.datatilsynet.no/"]')).toBeVisible();
      await expect(page.getByRole("main")).not.toContainText("IMDi er behandlingsansvarlig");
    });
  }
});
