/**
 * The participant-list check, entirely in the browser: the file is read here, evaluated with the same
 * engine, and nothing is uploaded (the page makes no request with the rows). Results can be filtered,
 * downloaded as CSV or .xlsx, and the counts handed to an open report (counts only).
 */
import Papa from "papaparse";
import { readSheet } from "read-excel-file/browser";
import { parseRows, type Cell, type ParsedRow } from "../../../functions/core/batch/rows";
import { evaluateRows, summarise, type RowResult } from "../../../functions/core/batch/summary";
import { todayInOslo, type Lang } from "../../../functions/core/rules";
import { formatters, packFor } from "../../../functions/core/rules/texts";
import { PREFILL_KEY } from "../../../functions/core/batch/prefill";
import { downloadCsv, downloadXlsx } from "./download";

const CHUNK = 2000;

export function startBatch(): void {
  const root = document.querySelector<HTMLElement>("[data-batch]");
  const input = root?.querySelector<HTMLInputElement>("input[type=file]");
  if (!root || !input) return;
  const lang = (document.documentElement.lang || "nb") as Lang;
  const t = JSON.parse(root.dataset.strings ?? "{}") as Record<string, string>;
  const out = root.querySelector<HTMLElement>("[data-output]")!;
  const progress = root.querySelector<HTMLProgressElement>("progress")!;
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
  });
}

async function readCells(file: File): Promise<Cell[][]> {
  if (/\.xlsx$/i.test(file.name)) return (await readSheet(file)) as Cell[][];
  const text = (await file.text()).replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

function render(out: HTMLElement, lang: Lang, t: Record<string, string>, parsed: ParsedRow[], results: RowResult[]): void {
  const pack = packFor(lang);
  const f = formatters(lang);
  const summary = summarise(results).filter((s) => s.count > 0);
  const errors = parsed.flatMap((r) => r.errors);
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const rules = [...new Set(results.flatMap((r) => r.determinations.map((d) => d.rule)))];
  out.innerHTML = `
    <h2 class="ds-heading" data-size="md" tabindex="-1">${esc(t.summary!)}</h2>
    <p class="ds-paragraph" data-summary-counts>${esc(t.counted!.replace("{ok}", String(results.length)).replace("{errors}", String(parsed.length - results.length)))}</p>
    <div class="table-wrap"><table class="ds-table"><thead><tr><th scope="col">${esc(t.line!)}</th><th scope="col">${esc(t.count!)}</th><th scope="col">${esc(t.rate!)}</th><th scope="col">${esc(t.amount!)}</th></tr></thead>
    <tbody>${summary.map((s) => `<tr><td>${esc(pack.rules[s.rule as keyof typeof pack.rules].title)}</td><td>${s.count}</td><td>${esc(f.nok(s.rateNok))}</td><td>${esc(f.nok(s.amountNok))}</td></tr>`).join("")}</tbody></table></div>
    <p><button class="ds-button" data-variant="secondary" type="button" data-download="csv">${esc(t.download!)}</button>
    <button class="ds-button" data-variant="secondary" type="button" data-download="xlsx">${esc(t.downloadXlsx!)}</button>
    <a class="ds-button" data-variant="secondary" href="/rapport/" data-prefill>${esc(t.useInReport!)}</a></p>
    ${errors.length ? `<h2 class="ds-heading" data-size="sm">${esc(t.errors!)}</h2><ul class="ds-list" data-errors>${errors.slice(0, 200).map((e) => `<li>${esc(t.errorLine!.replace("{row}", String(e.row)).replace("{column}", e.column))}: ${esc(pack.validation[e.code])}</li>`).join("")}</ul>` : ""}
    <h2 class="ds-heading" data-size="sm">${esc(t.results!)}</h2>
    <div class="ds-field"><label class="ds-label" for="filter-rule">${esc(t.filterRule!)}</label><select class="ds-input" id="filter-rule"><option value="">—</option>${rules.map((r) => `<option value="${r}">${esc(pack.rules[r].title)}</option>`).join("")}</select></div>
    <div class="ds-field"><label class="ds-label" for="filter-status">${esc(t.filterStatus!)}</label><select class="ds-input" id="filter-status"><option value="">—</option>${Object.entries(pack.statuses).map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join("")}</select></div>
    <div class="table-wrap" data-results></div>`;
  const table = out.querySelector<HTMLElement>("[data-results]")!;
  const ruleSel = out.querySelector<HTMLSelectElement>("#filter-rule")!;
  const statusSel = out.querySelector<HTMLSelectElement>("#filter-status")!;
  const draw = () => {
    const rows = results.flatMap((r) => r.determinations.filter((d) => (!ruleSel.value || d.rule === ruleSel.value) && (!statusSel.value || d.status === statusSel.value)).map((d) => ({ r, d })));
    table.innerHTML = `<table class="ds-table" data-size="sm"><caption>${esc(t.showing!.replace("{n}", String(Math.min(rows.length, 500))).replace("{total}", String(rows.length)))}</caption><thead><tr><th scope="col">${esc(t.row!)}</th><th scope="col">${esc(t.ref!)}</th><th scope="col">${esc(t.line!)}</th><th scope="col">Status</th></tr></thead><tbody>${rows
      .slice(0, 500)
      .map(({ r, d }) => `<tr><td>${r.row}</td><td>${esc(r.ref)}</td><td>${esc(pack.rules[d.rule].title)}</td><td>${esc(pack.statuses[d.status])}</td></tr>`)
      .join("")}</tbody></table>`;
  };
  ruleSel.addEventListener("change", draw);
  statusSel.addEventListener("change", draw);
  draw();
  out.querySelector("[data-download=csv]")!.addEventListener("click", () => downloadCsv(results));
  out.querySelector("[data-download=xlsx]")!.addEventListener("click", () => void downloadXlsx(results));
  out.querySelector("[data-prefill]")!.addEventListener("click", () => {
    // Counts only: never a row, a reference or a date.
    sessionStorage.setItem(PREFILL_KEY, JSON.stringify(Object.fromEntries(summarise(results).map((s) => [s.line, s.count]))));
  });
  out.querySelector<HTMLElement>("h2")?.focus();
}
