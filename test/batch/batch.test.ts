import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { templateCsv } from "../../functions/core/batch/columns";
import { parseRows, toIsoDate } from "../../functions/core/batch/rows";
import { evaluateRows, summarise } from "../../functions/core/batch/summary";
import { caseworkerList, windows1252 } from "../tools/participantList";

const csv = (lines: string[]) => lines.map((l) => l.split(";"));

describe("participant lists with Norwegian spreadsheet habits", () => {
  it.each([
    ["15.08.2019", "2019-08-15"],
    ["1.2.2021", "2021-02-01"],
    ["2019-08-15", "2019-08-15"],
    ["30.02.2021", "impossible"],
    ["15/08/2019", "invalid"],
    ["", undefined],
  ])("reads the date %s as %s", (cell, iso) => expect(toIsoDate(cell)).toBe(iso));

  it("maps Norwegian headers, ja/nei and aliases, and names the row and column of every error without stopping", () => {
    const rows = parseRows(
      csv([
        "\uFEFFreferanse;lovgrunnlag;programstart;programslutt;rett og plikt norsk;norsk slutt;alder",
        "A-1;introduksjonsloven;15.08.2019;31.12.2021;ja;01.10.2021;31",
        "A-2;introduksjonsloven;30.02.2019;;;;",
        "A-3;asyl;;;;;",
        "A-4;Kollektiv beskyttelse;;;;;40",
      ]),
    );
    expect(rows.map((r) => r.ref)).toEqual(["A-1", "A-2", "A-3", "A-4"]);
    expect(rows[0]?.person).toMatchObject({ legalBasis: "introduksjonsloven", programme: { start: "2019-08-15" }, norwegianTraining: { rightAndDuty: true } });
    expect(rows[1]?.errors).toEqual([{ row: 3, column: "programstart", field: "programme.start", code: "impossible-date", value: "30.02.2019" }]);
    expect(rows[2]?.errors).toEqual([{ row: 4, column: "lovgrunnlag", field: "legalBasis", code: "invalid-value", value: "asyl" }]);
    expect(rows[3]?.person?.legalBasis).toBe("collective-protection");
  });

  it("sums each reporting line as count × the catalog rate", () => {
    const rows = parseRows(csv(["lovgrunnlag;programstart;norsk slutt;rett og plikt norsk", "introduksjonsloven;15.08.2019;01.10.2021;ja", "introduksjonsloven;10.09.2019;;nei"]));
    const summary = summarise(evaluateRows(rows, "2026-11-22"));
    expect(summary.find((s) => s.line === "ip3-programme")).toMatchObject({ count: 2, rateNok: 45000, amountNok: 90000 });
    expect(summary.find((s) => s.line === "ip3-norwegian")).toMatchObject({ count: 1, amountNok: 8000 });
  });

  it("offers templates in Norwegian and English that read back without errors", () => {
    for (const lang of ["nb", "en"] as const) {
      const rows = parseRows(csv(templateCsv(lang).trim().split("\r\n")));
      expect(rows[0]?.errors).toEqual([]);
      expect(rows[0]?.person?.legalBasis).toBe("introduksjonsloven");
    }
  });
});

describe("POST /api/v1/eligibility/batch", () => {
  const post = (body: string, type: string) =>
    exports.default.fetch(new Request("https://rettsjekk.test/api/v1/eligibility/batch?asOf=2026-11-22", { method: "POST", headers: { "Content-Type": type }, body }));

  it("takes CSV and answers per-row statuses and the summary", async () => {
    const res = await post("lovgrunnlag;programstart\nintroduksjonsloven;15.08.2019\nintroduksjonsloven;xx", "text/csv");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: unknown[]; errors: unknown[]; summary: Array<{ line: string; count: number }> };
    expect(body.rows).toHaveLength(1);
    expect(body.errors).toEqual([{ row: 3, column: "programstart", field: "programme.start", code: "invalid-date", value: "xx" }]);
    expect(body.summary.find((s) => s.line === "ip3-programme")?.count).toBe(1);
  });

  it("reads a Windows-1252 CSV as the page does: the 'videregående' and 'sluttmål' columns count", async () => {
    const postBytes = (bytes: Uint8Array) =>
      exports.default.fetch(new Request("https://rettsjekk.test/api/v1/eligibility/batch?asOf=2026-11-22", { method: "POST", headers: { "Content-Type": "text/csv" }, body: bytes }));
    const [ansi, utf8] = await Promise.all([postBytes(windows1252(caseworkerList())), postBytes(new TextEncoder().encode(caseworkerList()))]);
    expect(ansi.status).toBe(200);
    const body = (await ansi.json()) as { rows: unknown[] };
    expect(body.rows).toHaveLength(22);
    expect(body).toEqual(await utf8.json());
  });

  it("takes a JSON array of persons larger than the ordinary 64 KB limit", async () => {
    const people = Array.from({ length: 1500 }, () => ({ legalBasis: "introduksjonsloven", programme: { start: "2019-08-15" } }));
    const body = JSON.stringify(people);
    expect(body.length).toBeGreaterThan(64 * 1024);
    const res = await post(body, "application/json");
    expect(res.status).toBe(200);
    expect(((await res.json()) as { rows: unknown[] }).rows).toHaveLength(1500);
  });

  it("refuses more rows than the stated limit with 413 problem+json", async () => {
    const res = await post(JSON.stringify(Array.from({ length: 5001 }, () => ({ legalBasis: "integreringsloven" }))), "application/json");
    expect(res.status).toBeOneOf([400, 413]);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  });
});
