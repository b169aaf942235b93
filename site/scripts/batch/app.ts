/**
 * The participant-list check. The file is read, evaluated and summed in a Web Worker (worker.ts), which
 * keeps the rows; this page only draws what it is sent (the column report, progress, the summary, one
 * page of results at a time), so its main thread stays free however long the list. Nothing is uploaded
 * (the page makes no request with the rows). Its words come from the page, in the page's language only
 * (`ListWords`), so the first load carries no language pack, no engine and no parser.
 */
import { dayMonthYear, toIsoDate } from "../../../functions/core/batch/cells";
import { handOver, PREFILL_KEY } from "../../../functions/core/batch/prefill";
import { TRIGGERS_GRANT } from "../../../functions/core/batch/statuses";
import { fillTemplate, formatNok, rowErrorText, type ListWords } from "../../../functions/core/batch/words";
import { html } from "../../../functions/core/html";
import { todayInOslo } from "../../../functions/core/rules/dates";
import type { IsoDate, RuleId, Status } from "../../../functions/core/rules";
import { STATUSES } from "../../../functions/core/rules/vocabulary";
import { mountListOutputs } from "../caseworker/mount";
import { pageLanguage } from "../pageLanguage";
import { Check } from "./check";
import type { DownloadFormat, FromWorker, ResultsQuery } from "./protocol";
import { columnReport, handOverSection, resultColumns, type Done, type ResultContext } from "./views";

const PAGE_SIZE = 100;
/** Up to this many row errors are shown at once; a longer list opens on request (and costs no layout until then). */
const ERRORS_OPEN = 20;

export function startBatch(): void {
  const root = document.querySelector<HTMLElement>("[data-batch]");
  if (!root?.dataset.words) return;
  const words = JSON.parse(root.dataset.words) as ListWords;
  const t = words.list;
  const file = part<HTMLInputElement>(root, "#participants-file");
  const date = part<HTMLInputElement>(root, "#assessment-date");
  const dateError = part(root, "#assessment-date-error");
  const progressBox = part(root, "[data-progress]");
  const progress = part<HTMLProgressElement>(root, "progress");
  const progressText = part(root, "[data-progress-text]");
  const cancel = part<HTMLButtonElement>(root, "[data-cancel]");
  const status = part(root, "[data-status]");
  const columnsBox = part(root, "[data-columns]");
  const out = part(root, "[data-output]");
  part(root, "[data-js-only]").removeAttribute("hidden");
  const today = () => dayMonthYear(new Date(`${todayInOslo()}T00:00:00Z`));
  date.value = today();

  let check: Check | undefined;

  const readDate = (): IsoDate | undefined => {
    if (date.value.trim() === "") date.value = today();
    const iso = toIsoDate(date.value);
    const valid = iso !== undefined && iso !== "invalid" && iso !== "impossible";
    dateError.hidden = valid;
    dateError.textContent = valid ? "" : t.asOfInvalid;
    date.setAttribute("aria-invalid", String(!valid));
    date.setAttribute("aria-describedby", valid ? "assessment-date-hint" : `assessment-date-hint ${dateError.id}`);
    return valid ? iso : undefined;
  };

  const stop = () => {
    check?.stop();
    check = undefined;
    progressBox.hidden = true;
  };

  const start = () => {
    const chosen = file.files?.[0];
    const asOf = readDate();
    if (!chosen || !asOf) return;
    stop();
    columnsBox.replaceChildren();
    out.replaceChildren();
    status.textContent = "";
    delete root.dataset.ms;
    progressBox.hidden = false;
    progress.removeAttribute("value");
    progressText.textContent = t.reading;
    const started = performance.now();
    const current = new Check((message) => {
      if (check === current) receive(current, message, asOf, started);
    });
    check = current;
    current.send({ type: "check", file: chosen, asOf, words });
  };

  const receive = (current: Check, message: FromWorker, asOf: IsoDate, started: number) => {
    switch (message.type) {
      case "reading":
      case "results":
      case "determinations":
      case "persons":
        return;
      case "columns":
        progress.max = Math.max(message.total, 1);
        progress.value = 0;
        columnsBox.innerHTML = String(columnReport(message.header, message.encoding, words));
        return;
      case "progress":
        progress.value = message.done;
        progressText.textContent = fillTemplate(t.evaluating, { done: message.done, total: message.total });
        return;
      case "done": {
        progressBox.hidden = true;
        const context: ResultContext = {
          words,
          determinationsOf: async (row) => (await current.ask<"determinations">((id) => ({ type: "determinations", id, row }))).determinations,
        };
        renderResults(out, message, asOf, context, current);
        // The caseworker's drafts and deadlines (issue 14): the rows cross from the Worker only when the panel opens.
        mountListOutputs(out, pageLanguage(), asOf, async () => (await current.ask<"persons">((id) => ({ type: "persons", id }))).rows);
        root.dataset.rows = String(message.total);
        root.dataset.ms = String(Math.round(performance.now() - started));
        // In a task of its own: moving focus lays the page out, which need not add to this task's time.
        setTimeout(() => part(out, "h2").focus(), 0);
        return;
      }
      case "file":
        save(message.blob, message.name);
        out.querySelectorAll<HTMLButtonElement>("[data-download]").forEach((b) => (b.disabled = false));
        part(out, "[data-download-status]").textContent = "";
        return;
      case "failed":
        stop();
        status.textContent = t.failed;
        return;
      default:
        message satisfies never;
    }
  };

  file.addEventListener("change", start);
  // A new date checks the chosen file again on that date.
  date.addEventListener("change", () => (file.files?.[0] ? start() : readDate()));
  cancel.addEventListener("click", () => {
    stop();
    columnsBox.replaceChildren();
    out.replaceChildren();
    file.value = "";
    status.textContent = t.cancelled;
    file.focus();
  });
}

function renderResults(out: HTMLElement, done: Done, asOf: IsoDate, context: ResultContext, check: Check): void {
  const words = context.words;
  const t = words.list;
  const summary = done.summary.filter((s) => s.count > 0);
  const triggering = STATUSES.filter((s) => TRIGGERS_GRANT[s]);
  const totalNok = summary.reduce((sum, s) => sum + s.amountNok, 0);
  const select = (id: string, label: string, options: Array<[string, string]>) =>
    html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label><select class="ds-input" id="${id}"><option value="">—</option>${options.map(([value, text]) => html`<option value="${value}">${text}</option>`)}</select></div>`;
  out.innerHTML = String(html`
    <h2 class="ds-heading" data-size="md" tabindex="-1">${t.summary}</h2>
    <p class="ds-paragraph" data-summary-counts>${fillTemplate(t.counted, { ok: done.assessed, errors: done.total - done.assessed })}</p>
    <p class="ds-paragraph" data-assessed-on>${fillTemplate(t.assessedOn, { date: dayMonthYear(new Date(`${asOf}T00:00:00Z`)) })}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-label="${t.summary}"><table class="ds-table" data-summary><thead><tr><th scope="col">${t.rule}</th>${triggering.map((s) => html`<th scope="col">${words.statuses[s]}</th>`)}<th scope="col">${t.rate}</th><th scope="col">${t.amount}</th></tr></thead>
    <tbody>${summary.map((s) => html`<tr><td>${words.rules[s.rule]}</td>${triggering.map((st) => html`<td>${s.byStatus[st]}</td>`)}<td>${formatNok(s.rateNok, words)}</td><td>${formatNok(s.amountNok, words)}</td></tr>`)}</tbody>
    <tfoot><tr><th scope="row" colspan="${triggering.length + 2}">${t.total}</th><td data-summary-total="${totalNok}">${formatNok(totalNok, words)}</td></tr></tfoot></table></div>
    <p><button class="ds-button" data-variant="secondary" type="button" data-download="csv">${t.download}</button>
    <button class="ds-button" data-variant="secondary" type="button" data-download="xlsx">${t.downloadXlsx}</button></p>
    <p class="ds-paragraph" role="status" data-download-status></p>
    ${handOverSection(done, summary, words)}
    ${done.errors.count
      ? html`<h2 class="ds-heading" data-size="sm">${t.errors}</h2>
      <details class="ds-details" data-errors-details ${done.errors.count <= ERRORS_OPEN ? "open" : ""}><summary>${fillTemplate(t.errorsShow, { n: done.errors.rows })}</summary>
      <ul class="ds-list" data-errors>${done.errors.first.map((e) => html`<li>${rowErrorText(e, words)}</li>`)}</ul>
      ${done.errors.count > done.errors.first.length ? html`<p class="ds-paragraph">${fillTemplate(t.moreErrors, { n: done.errors.count - done.errors.first.length })}</p>` : ""}</details>`
      : ""}
    <h2 class="ds-heading" data-size="sm" id="results-title">${t.results}</h2>
    ${select("filter-rule", t.filterRule, done.rules.map((r): [string, string] => [r, words.rules[r]]))}
    ${select("filter-status", t.filterStatus, STATUSES.map((s): [string, string] => [s, words.statuses[s]]))}
    <div data-results></div>`);

  const table = part(out, "[data-results]");
  const ruleSel = part<HTMLSelectElement>(out, "#filter-rule");
  const statusSel = part<HTMLSelectElement>(out, "#filter-status");
  const columns = resultColumns(context);
  let latest = 0;
  const draw = async (page: number, focus?: "previous" | "next") => {
    const query: ResultsQuery = { page, size: PAGE_SIZE, ...(ruleSel.value && { rule: ruleSel.value as RuleId }), ...(statusSel.value && { status: statusSel.value as Status }) };
    const asked = ++latest;
    const { items, total } = await check.ask<"results">((id) => ({ type: "results", id, query }));
    // A later filter or page replaced this one while it was on its way.
    if (asked !== latest) return;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const from = page * PAGE_SIZE;
    table.innerHTML = String(html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="results-title"><table class="ds-table" data-size="sm">
      <caption>${fillTemplate(t.showing, { from: items.length ? from + 1 : 0, to: from + items.length, total })}</caption>
      <thead><tr>${columns.map((c) => html`<th scope="col">${c.header}</th>`)}</tr></thead>
      <tbody>${items.map((item) => html`<tr>${columns.map((c) => html`<td>${c.cell(item)}</td>`)}</tr>`)}</tbody></table></div>
      ${pages > 1
        ? html`<nav class="pager" aria-label="${t.results}"><button class="ds-button" data-variant="tertiary" type="button" data-page="previous" ${page === 0 ? "disabled" : ""}>${t.previous}</button>
          <span data-page-of>${fillTemplate(t.page, { page: page + 1, pages })}</span>
          <button class="ds-button" data-variant="tertiary" type="button" data-page="next" ${page >= pages - 1 ? "disabled" : ""}>${t.next}</button></nav>`
        : ""}`);
    table.querySelector("[data-page=previous]")?.addEventListener("click", () => void draw(page - 1, "previous"));
    table.querySelector("[data-page=next]")?.addEventListener("click", () => void draw(page + 1, "next"));
    if (focus) {
      // Keep the keyboard where it was; on the first or last page that button is disabled, so the other one.
      const target = table.querySelector<HTMLButtonElement>(`[data-page=${focus}]:not([disabled])`) ?? table.querySelector<HTMLButtonElement>("[data-page]:not([disabled])");
      target?.focus();
    }
  };
  ruleSel.addEventListener("change", () => void draw(0));
  statusSel.addEventListener("change", () => void draw(0));
  void draw(0);

  out.querySelectorAll<HTMLButtonElement>("[data-download]").forEach((button) =>
    button.addEventListener("click", () => {
      out.querySelectorAll<HTMLButtonElement>("[data-download]").forEach((b) => (b.disabled = true));
      part(out, "[data-download-status]").textContent = t.preparing;
      check.send({ type: "download", format: button.dataset.download as DownloadFormat });
    }),
  );
  part(out, "[data-handover]").addEventListener("click", () => {
    const include = out.querySelector<HTMLInputElement>("#include-assessed")?.checked ?? false;
    // Counts only: never a row, a reference or a person's date.
    localStorage.setItem(PREFILL_KEY, JSON.stringify(handOver(done.summary, asOf, done.assessed, include)));
    part(out, "[data-handover-status]").innerHTML = String(html`<div class="ds-alert" data-color="success"><p class="ds-paragraph">${t.handOver.saved}</p>
      <p class="ds-paragraph"><a class="ds-link" href="/rapport/">${t.handOver.goToReport}</a></p></div>`);
  });
}

function save(blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  // Revoked after the click has been handled: Chromium starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

/** An element the markup just rendered: missing means the markup and the code disagree. */
function part<T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`participant list: no ${selector} on the page`);
  return element;
}
