/**
 * The participant-list check, entirely in the browser: the file is read here, evaluated with the same
 * engine, and nothing is uploaded (the page makes no request with the rows). Results can be filtered,
 * downloaded as CSV or .xlsx, and the counts handed to an open report (counts only).
 */
import Papa from "papaparse";
import { readSheet } from "read-excel-file/browser";
import { parseRows, type Cell, type ParsedRow } from "../../../functions/core/batch/rows";
import { evaluateRows, summarise, type RowResult } from "../../../functions/core/batch/summary";
import { html } from "../../../functions/core/html";
import { formatters, packFor } from "../../../functions/core/i18n";
import type { ListStrings } from "../../../functions/core/i18n/schema";
import { todayInOslo, type Lang } from "../../../functions/core/rules";
import { PREFILL_KEY } from "../../../functions/core/batch/prefill";
import { pageLanguage } from "../pageLanguage";
import { downloadCsv, downloadXlsx } from "./download";
import { mountListOutputs } from "../caseworker/mount";

const CHUNK = 2000;

export function startBatch(): void {
  const root = document.querySelector<HTMLElement>("[data-batch]");
  const input = root?.querySelector<HTMLInputElement>("input[type=file]");
  if (!root || !input) return;
  const out = root.querySelector<HTMLElement>("[data-output]");
  const progress = root.querySelector<HTMLProgressElement>("progress");
  if (!out || !progress || !root.dataset.strings) return;
  const lang = pageLanguage();
  // The page's own language only, from the page (site/pages/[...lang]/deltakere/): written by the same build.
  const t = JSON.parse(root.dataset.strings) as ListStrings;
  root.querySelector<HTMLElement>("[data-js-only]")?.removeAttribute("hidden");

  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (!file) return;
    progress.hidden = false;
    progress.value = 0;
    const started = performance.now();
    const cells = await readCells(file);
    const parsed = parseRows(cells);
    const results: RowResult[] = [];
    const asOf = todayInOslo();
    for (let i = 0; i < parsed.length; i += CHUNK) {
      results.push(...evaluateRows(parsed.slice(i, i + CHUNK), asOf));
      progress.value = Math.round(((i + CHUNK) / Math.max(parsed.length, 1)) * 100);
      await new Promise((r) => setTimeout(r, 0));
    }
    const ms = Math.round(performance.now() - started);
    progress.value = 100;
    root.dataset.rows = String(parsed.length);
    root.dataset.ms = String(ms);
    render(out, lang, t, parsed, results);
    mountListOutputs(out, lang, asOf, parsed.flatMap((r) => (r.person ? [{ row: r.row, ref: r.ref, person: r.person }] : [])));
  });
}

async function readCells(file: File): Promise<Cell[][]> {
  if (/\.xlsx$/i.test(file.name)) return (await readSheet(file)) as Cell[][];
  const text = (await file.text()).replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

function render(out: HTMLElement, lang: Lang, t: ListStrings, parsed: ParsedRow[], results: RowResult[]): void {
  const pack = packFor(lang);
  const f = formatters(lang);
  const summary = summarise(results).filter((s) => s.count > 0);
  const errors = parsed.flatMap((r) => r.errors);
  const rules = [...new Set(results.flatMap((r) => r.determinations.map((d) => d.rule)))];
  const select = (id: string, label: string, options: [string, string][]) =>
    html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label><select class="ds-input" id="${id}"><option value="">—</option>${options.map(([value, text]) => html`<option value="${value}">${text}</option>`)}</select></div>`;
  out.innerHTML = String(html`
    <h2 class="ds-heading" data-size="md" tabindex="-1">${t.summary}</h2>
    <p class="ds-paragraph" data-summary-counts>${fillTemplate(t.counted, { ok: results.length, errors: parsed.length - results.length })}</p>
    <div class="table-wrap"><table class="ds-table"><thead><tr><th scope="col">${t.line}</th><th scope="col">${t.count}</th><th scope="col">${t.rate}</th><th scope="col">${t.amount}</th></tr></thead>
    <tbody>${summary.map((s) => html`<tr><td>${pack.rules[s.rule].title}</td><td>${s.count}</td><td>${f.nok(s.rateNok)}</td><td>${f.nok(s.amountNok)}</td></tr>`)}</tbody></table></div>
    <p><button class="ds-button" data-variant="secondary" type="button" data-download="csv">${t.download}</button>
    <button class="ds-button" data-variant="secondary" type="button" data-download="xlsx">${t.downloadXlsx}</button>
    <a class="ds-button" data-variant="secondary" href="/rapport/" data-prefill>${t.useInReport}</a></p>
    ${errors.length ? html`<h2 class="ds-heading" data-size="sm">${t.errors}</h2><ul class="ds-list" data-errors>${errors.slice(0, 200).map((e) => html`<li>${fillTemplate(t.errorLine, { row: e.row, column: e.column })}: ${pack.validation[e.code]}</li>`)}</ul>` : ""}
    <h2 class="ds-heading" data-size="sm">${t.results}</h2>
    ${select("filter-rule", t.filterRule, rules.map((r) => [r, pack.rules[r].title]))}
    ${select("filter-status", t.filterStatus, Object.entries(pack.statuses))}
    <div class="table-wrap" data-results></div>`);
  const table = part<HTMLElement>(out, "[data-results]");
  const ruleSel = part<HTMLSelectElement>(out, "#filter-rule");
  const statusSel = part<HTMLSelectElement>(out, "#filter-status");
  const draw = () => {
    const rows = results.flatMap((r) => r.determinations.filter((d) => (!ruleSel.value || d.rule === ruleSel.value) && (!statusSel.value || d.status === statusSel.value)).map((d) => ({ r, d })));
    table.innerHTML = String(html`<table class="ds-table" data-size="sm"><caption>${fillTemplate(t.showing, { n: Math.min(rows.length, 500), total: rows.length })}</caption><thead><tr><th scope="col">${t.row}</th><th scope="col">${t.ref}</th><th scope="col">${t.line}</th><th scope="col">${t.status}</th></tr></thead><tbody>${rows
      .slice(0, 500)
      .map(({ r, d }) => html`<tr><td>${r.row}</td><td>${r.ref}</td><td>${pack.rules[d.rule].title}</td><td>${pack.statuses[d.status]}</td></tr>`)}</tbody></table>`);
  };
  ruleSel.addEventListener("change", draw);
  statusSel.addEventListener("change", draw);
  draw();
  part(out, "[data-download=csv]").addEventListener("click", () => downloadCsv(results));
  part(out, "[data-download=xlsx]").addEventListener("click", () => void downloadXlsx(results));
  part(out, "[data-prefill]").addEventListener("click", () => {
    // Counts only: never a row, a reference or a date.
    sessionStorage.setItem(PREFILL_KEY, JSON.stringify(Object.fromEntries(summarise(results).map((s) => [s.line, s.count]))));
  });
  part(out, "h2").focus();
}

/** An element the markup above just rendered: missing means the markup and the code disagree. */
function part<T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`participant list: no ${selector} in the rendered results`);
  return element;
}

/** Fills a `ListStrings` template: "{ok} rows assessed" with `{ ok: 12 }`. */
function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
