import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { readSheet } from "read-excel-file/node";
import writeExcelFile from "write-excel-file/node";
import { badRows, participantList } from "../../tools/participantList";

test("a 10,000-row list is checked in the browser: summary, row errors, no upload, axe clean", async ({ page }) => {
  const requests: string[] = [];
  await page.goto("/deltakere/");
  page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.getByLabel("Velg fil (CSV eller .xlsx)").setInputFiles({ name: "deltakere.csv", mimeType: "text/csv", buffer: Buffer.from(participantList()) });
  await expect(page.getByRole("heading", { name: "Oppsummering per rapporteringslinje" })).toBeVisible();
  const bad = badRows();
  await expect(page.locator("[data-summary-counts]")).toHaveText(`${10_000 - bad} rader vurdert, ${bad} rader med feil.`);
  await expect(page.locator("[data-errors] li").first()).toContainText("Rad 51, kolonne «programstart»");
  expect(requests.filter((r) => !r.startsWith("GET"))).toEqual([]);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("the results download as CSV and as .xlsx, with the same rows, made in the browser", async ({ page }) => {
  const requests: string[] = [];
  await page.goto("/deltakere/");
  page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.getByLabel("Velg fil (CSV eller .xlsx)").setInputFiles({ name: "deltakere.csv", mimeType: "text/csv", buffer: Buffer.from(participantList()) });
  const save = async (name: RegExp) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  };
  const csv = await save(/Last ned resultatene \(CSV\)/);
  // 10,000 rows give a sheet far above 160 kB, which the zip library compresses in a blob: Worker.
  const xlsx = await save(/Last ned resultatene \(Excel\)/);
  expect(csv.name).toBe("rettsjekk-resultater.csv");
  expect(xlsx.name).toBe("rettsjekk-resultater.xlsx");

  const csvRows = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((l) => l.split(";"));
  const sheet = await readSheet(xlsx.bytes);
  expect(sheet[0]).toEqual(["rad", "referanse", "regel", "status", "maks_maaneder", "tilskudd_kr"]);
  expect(sheet.length).toBe(csvRows.length);
  expect(sheet.length).toBeGreaterThan(9_000);
  // Numbers stay numbers in the spreadsheet, and every row matches the CSV's.
  expect(typeof sheet[1]![0]).toBe("number");
  for (const i of [1, 2, 500, sheet.length - 1]) expect(sheet[i]!.map((v) => (v === null ? "" : String(v)))).toEqual(csvRows[i]);
  expect(requests.filter((r) => !r.startsWith("GET"))).toEqual([]);
});

test("'use these counts in my report' fills the open report's count fields, counts only", async ({ page, request }) => {
  const admin = { Authorization: "Bearer e2e-admin-token-local-only", "Content-Type": "application/json" };
  const round = await request.post("/api/v1/admin/rounds", {
    headers: admin,
    data: { template: "package-iii-2021", title: "E2E pakke III", opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), municipalities: ["0301"] },
  });
  const { id } = (await round.json()) as { id: string };
  const { links } = (await (await request.post(`/api/v1/admin/rounds/${id}/links`, { headers: admin, data: {} })).json()) as { links: Array<{ url: string }> };
  await page.goto(new URL(links[0]!.url).pathname);
  await expect(page.getByRole("heading", { name: "E2E pakke III" })).toBeVisible();
  await page.goto("/deltakere/");
  await page.getByLabel("Velg fil (CSV eller .xlsx)").setInputFiles({ name: "deltakere.csv", mimeType: "text/csv", buffer: Buffer.from(participantList(30)) });
  await page.getByRole("link", { name: "Bruk tallene i rapporten" }).click();
  await expect(page.getByLabel(/Antall deltakere: Utvidet programtid \(integreringspakke III\)/)).toHaveValue(/^[1-9]\d*$/);
});

test("an Excel file (.xlsx) with real date cells and numbers is read in the browser", async ({ page }) => {
  const sheet = [
    ["Referanse", "Lovgrunnlag", "Programstart", "Programslutt", "Alder"],
    ["X-1", "introduksjonsloven", new Date(Date.UTC(2019, 7, 15)), new Date(Date.UTC(2021, 11, 31)), 31],
    ["X-2", "introduksjonsloven", "01.03.2019", "2021-06-30", 40],
    ["X-3", "asyl", null, null, null],
  ];
  const buffer = await writeExcelFile(sheet as never, { dateFormat: "dd.mm.yyyy" } as never).toBuffer();
  await page.goto("/deltakere/");
  await page.getByLabel("Velg fil (CSV eller .xlsx)").setInputFiles({ name: "deltakere.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await expect(page.locator("[data-summary-counts]")).toHaveText("2 rader vurdert, 1 rader med feil.");
  await expect(page.locator("[data-errors]")).toContainText("Rad 4, kolonne «Lovgrunnlag»");
  await expect(page.getByRole("cell", { name: "Utvidet programtid (integreringspakke III)" }).first()).toBeVisible();
});
