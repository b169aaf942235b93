/**
 * The participant list's markup, from what the Worker sends: the results table's columns, the report on
 * the file's columns and the hand-over to the municipality's report. No DOM: app.ts puts it on the page.
 */
import { COLUMNS, type HeaderReport } from "../../../functions/core/batch/columns";
import type { Encoding } from "../../../functions/core/batch/encoding";
import { monthsFor } from "../../../functions/core/batch/statuses";
import type { SummaryLine } from "../../../functions/core/batch/summary";
import { fillTemplate, formatNok, statusWord, type ListWords } from "../../../functions/core/batch/words";
import { html, type Html } from "../../../functions/core/html";
import type { Determination } from "../../../functions/core/rules";
import type { FromWorker, ResultItem } from "./protocol";

export type Done = Extract<FromWorker, { type: "done" }>;

/** A column of the results table; an action per row is one more entry. */
export interface ResultColumn {
  header: string;
  cell: (item: ResultItem) => Html | string | number;
}

/** What a column can use: the page's words, and a row's full determinations from the Worker that holds the list. */
export interface ResultContext {
  words: ListWords;
  determinationsOf: (row: number) => Promise<Determination[]>;
}

export function resultColumns({ words }: ResultContext): ResultColumn[] {
  const t = words.list;
  return [
    { header: t.row, cell: (item) => item.row },
    { header: t.ref, cell: (item) => item.ref },
    { header: t.rule, cell: ({ determination }) => words.rules[determination.rule] },
    { header: t.status, cell: ({ determination }) => statusWord(determination, words) },
    { header: t.months, cell: ({ determination }) => monthsFor(determination) ?? "" },
    { header: t.grant, cell: ({ determination }) => (determination.grantNok === null ? "" : formatNok(determination.grantNok, words)) },
  ];
}

export function columnReport(header: HeaderReport, encoding: Encoding | undefined, words: ListWords): Html {
  const t = words.list;
  const warn = header.ignored.length > 0 || header.missing.length > 0;
  return html`<section class="stack" aria-labelledby="columns-title">
    <h2 class="ds-heading" data-size="sm" id="columns-title">${t.columnsTitle}</h2>
    ${encoding ? html`<p class="ds-paragraph" data-encoding="${encoding}">${fillTemplate(t.encoding, { encoding: t.encodings[encoding] })}</p>` : ""}
    ${warn
      ? html`<div class="ds-alert" data-color="warning" data-columns-warning>
        ${header.missing.map((key) => html`<p class="ds-paragraph">${fillTemplate(t.missing, { column: COLUMNS.find((c) => c.key === key)?.nb ?? key })}</p>`)}
        ${header.ignored.length ? html`<p class="ds-paragraph">${t.ignoredWarning}</p>` : ""}</div>`
      : ""}
    ${header.ignored.length
      ? html`<h3 class="ds-heading" data-size="2xs">${t.ignoredTitle}</h3>
        <ul class="ds-list" data-ignored>${header.ignored.map((c) => html`<li>${fillTemplate(t.recognisedLine, { header: c.header, column: t.ignored[c.reason] })}</li>`)}</ul>`
      : ""}
    <h3 class="ds-heading" data-size="2xs">${t.recognisedTitle}</h3>
    <ul class="ds-list" data-recognised>${header.recognised.map((c) => html`<li>${fillTemplate(t.recognisedLine, { header: c.header, column: t.columns[c.key] })}</li>`)}</ul>
  </section>`;
}

export function handOverSection(done: Done, summary: SummaryLine[], words: ListWords): Html {
  const h = words.list.handOver;
  const { rows, firstRows } = done.errors;
  const named = firstRows.map((row) => `${words.list.row.toLowerCase()} ${row}`).join(", ") + (rows > firstRows.length ? ` (+${rows - firstRows.length})` : "");
  const assessed = summary.reduce((n, s) => n + s.byStatus["needs-assessment"], 0);
  return html`<section class="stack" aria-labelledby="handover-title">
    <h2 class="ds-heading" data-size="sm" id="handover-title">${h.title}</h2>
    <p class="ds-paragraph">${h.lead}</p>
    ${assessed > 0
      ? html`<div class="ds-field"><input class="ds-input" type="checkbox" id="include-assessed" aria-describedby="include-assessed-hint"><label class="ds-label" for="include-assessed">${h.includeAssessed}</label>
        <p class="ds-paragraph" data-size="sm" id="include-assessed-hint">${h.includeAssessedHint}</p></div>`
      : ""}
    <p><button class="ds-button" type="button" data-handover ${rows ? html`aria-describedby="handover-errors"` : ""}>${h.save}</button></p>
    ${rows ? html`<p class="ds-paragraph" id="handover-errors" data-handover-errors>${fillTemplate(h.errorsLeftOut, { n: rows, rows: named })}</p>` : ""}
    <div role="status" data-handover-status></div>
  </section>`;
}
