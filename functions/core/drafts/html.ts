import { html, type Html } from "../html";
import type { Block, Draft, Run } from "./model";

/** The printable draft: one article in the draft's own language, fields to fill marked with <mark>. */
export function draftHtml(draft: Draft): Html {
  return html`<article class="draft stack" lang="${draft.lang}" data-draft="${draft.rule}">${draft.blocks.map(block)}</article>`;
}

const runs = (rs: Run[]) => rs.map((r) => (r.fill ? html`<mark class="draft-fill">${r.text}</mark>` : html`${r.text}`));

function block(b: Block): Html {
  switch (b.kind) {
    case "heading":
      return b.level === 1
        ? html`<h1 class="ds-heading" data-size="md">${b.text}</h1>`
        : b.level === 2
          ? html`<h2 class="ds-heading" data-size="sm">${b.text}</h2>`
          : html`<h3 class="ds-heading" data-size="xs">${b.text}</h3>`;
    case "paragraph":
      return html`<p class="ds-paragraph" ${b.small ? html`data-size="sm"` : ""}>${runs(b.runs)}</p>`;
    case "list":
      return html`<ul class="ds-list">${b.items.map((item) => html`<li>${runs(item)}</li>`)}</ul>`;
    case "notice":
      return html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${runs(b.runs)}</p></div>`;
  }
}
