/**
 * The participant list's Web Worker: reads the file (encoding detected, CSV or .xlsx), parses the rows,
 * evaluates them with the engine and sums them, off the page's main thread, so the page stays usable
 * and its progress bar moves; the page cancels by ending the Worker. It keeps the list and the results
 * until the page starts another check, and answers the page's questions: a page of results, a file to
 * download, one row's full determinations. The .xlsx reader and writer load only when needed.
 */
import Papa from "papaparse";
import { downloadCsv, downloadTable, xlsxRows, type DownloadTable } from "../../../functions/core/batch/download";
import { decodeText, type Encoding } from "../../../functions/core/batch/encoding";
import { parseList, type Cell, type ParsedList } from "../../../functions/core/batch/rows";
import { evaluateRows, summarise, type RowResult } from "../../../functions/core/batch/summary";
import type { ListWords } from "../../../functions/core/batch/words";
import { evaluate } from "../../../functions/core/rules/engine/evaluate";
import { RULE_IDS } from "../../../functions/core/rules/vocabulary";
import type { IsoDate, RuleId } from "../../../functions/core/rules";
import type { DownloadFormat, FromWorker, ResultItem, ResultsQuery, ToWorker } from "./protocol";

/** Rows evaluated between two progress messages. */
const CHUNK = 1000;
const ERRORS_SENT = 100;
const ERROR_ROWS_SENT = 20;
const FILE = "rettsjekk-resultater";

// The site's TypeScript sees the DOM, not a worker scope: only the two members used here.
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const post = (message: FromWorker) => scope.postMessage(message);

let list: ParsedList | undefined;
let results: RowResult[] = [];
let asOf: IsoDate = "";
let words: ListWords | undefined;

scope.onmessage = ({ data: message }) => {
  const work =
    message.type === "check" ? check(message.file, message.asOf, message.words)
    : message.type === "results" ? Promise.resolve(post({ type: "results", id: message.id, ...page(message.query) }))
    : message.type === "download" ? download(message.format)
    : message.type === "persons" ? Promise.resolve(persons(message.id))
    : Promise.resolve(determinations(message.id, message.row));
  work.catch(() => post({ type: "failed" }));
};

async function check(file: File, date: IsoDate, listWords: ListWords): Promise<void> {
  post({ type: "reading" });
  asOf = date;
  words = listWords;
  const { rows, encoding } = await readCells(file);
  const parsed = parseList(rows, asOf);
  list = parsed;
  const total = parsed.rows.length;
  post({ type: "columns", header: parsed.header, encoding, total });
  results = [];
  for (let i = 0; i < total; i += CHUNK) {
    for (const r of evaluateRows(parsed.rows.slice(i, i + CHUNK), asOf)) results.push(r);
    post({ type: "progress", done: Math.min(i + CHUNK, total), total });
  }
  const errors = parsed.rows.flatMap((r) => r.errors);
  const errorRows = parsed.rows.filter((r) => r.errors.length > 0).map((r) => r.row);
  const present = new Set<RuleId>();
  for (const r of results) for (const d of r.determinations) present.add(d.rule);
  post({
    type: "done",
    summary: summarise(results),
    assessed: results.length,
    total,
    errors: { count: errors.length, first: errors.slice(0, ERRORS_SENT), rows: errorRows.length, firstRows: errorRows.slice(0, ERROR_ROWS_SENT) },
    rules: RULE_IDS.filter((id) => present.has(id)),
  });
}

async function readCells(file: File): Promise<{ rows: Cell[][]; encoding?: Encoding }> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import("read-excel-file/browser");
    return { rows: (await readSheet(file)) as Cell[][] };
  }
  const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
  return { rows: Papa.parse<string[]>(text, { skipEmptyLines: true }).data, encoding };
}

/** One page of the results, filtered by rule and status, and how many lines match in all. */
function page({ rule, status, page, size }: ResultsQuery): { items: ResultItem[]; total: number } {
  const from = page * size;
  const items: ResultItem[] = [];
  let total = 0;
  for (const r of results) {
    for (const determination of r.determinations) {
      if ((rule && determination.rule !== rule) || (status && determination.status !== status)) continue;
      if (total >= from && items.length < size) items.push({ row: r.row, ref: r.ref, determination });
      total++;
    }
  }
  return { items, total };
}

async function download(format: DownloadFormat): Promise<void> {
  if (!list || !words) return;
  const table = downloadTable({ headers: list.headers, cells: list.cells, rows: list.rows, results, words });
  const name = `${FILE}-${asOf}.${format}`;
  if (format === "csv") post({ type: "file", blob: new Blob([downloadCsv(table)], { type: "text/csv;charset=utf-8" }), name });
  else post({ type: "file", blob: await xlsx(table), name });
}

/** The same table as an .xlsx (writer loaded on the first request): text typed as text, never a formula cell. */
async function xlsx(table: DownloadTable): Promise<Blob> {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  return writeXlsxFile(xlsxRows(table), { stickyRowsCount: 1 }).toBlob();
}

function determinations(id: number, row: number): void {
  const person = list?.rows.find((r) => r.row === row)?.person;
  post({ type: "determinations", id, determinations: person ? evaluate(person, asOf) : [] });
}

/** The assessed rows as the caseworker panel needs them (drafts, calendar): asked for when the panel opens. */
function persons(id: number): void {
  const rows = (list?.rows ?? []).flatMap((r) => (r.person ? [{ row: r.row, ref: r.ref, person: r.person }] : []));
  post({ type: "persons", id, rows });
}
