/**
 * The decision draft in the browser: the caseworker types the personal details (they never leave the
 * page), sees the draft as it will print, prints it or downloads it as .docx (the docx library loads on
 * that click). The same draft model as the Worker's printable page and the API.
 */
import { draftFor } from "../../../functions/core/drafts/build";
import { draftHtml } from "../../../functions/core/drafts/html";
import type { DraftDetails } from "../../../functions/core/drafts/model";
import { html } from "../../../functions/core/html";
import { CASEWORKER_STRINGS } from "../../../functions/core/i18n/caseworker";
import type { DraftLang } from "../../../functions/core/i18n/draftLanguages";
import { DETAIL_FIELDS } from "../../../functions/core/i18n/schema";
import { hashingAvailable } from "../../../functions/core/receipt/hash";
import { makeReceipt } from "../../../functions/core/receipt/receipt";
import type { Receipt } from "../../../functions/core/receipt/schema";
import type { Determination } from "../../../functions/core/rules/engine/determination";
import type { Person } from "../../../functions/core/rules/schema";
import type { Lang } from "../../../functions/core/rules/types";
import { saveFile } from "./save";

export interface DraftPanelInput {
  lang: Lang;
  draftLang: DraftLang;
  determination: Determination;
  /** The whole answer, for the receipt. */
  determinations: readonly Determination[];
  person: Person;
  asOf: string;
}

/** Opens (or replaces) the draft panel at the end of `container`. */
export function openDraftPanel(container: HTMLElement, input: DraftPanelInput): void {
  const t = CASEWORKER_STRINGS[input.lang];
  container.querySelector("[data-draft-panel]")?.remove();
  const panel = document.createElement("section");
  panel.dataset.draftPanel = "";
  panel.className = "stack";
  panel.setAttribute("aria-label", t.detailsLegend);
  panel.innerHTML = String(html`<div class="ds-card stack no-print">
      <fieldset class="ds-fieldset stack">
        <legend class="ds-heading" data-size="xs">${t.detailsLegend}</legend>
        <p class="ds-paragraph" data-size="sm">${t.detailsHint}</p>
        ${DETAIL_FIELDS.map((f) => html`<div class="ds-field"><label class="ds-label" for="detail-${f}">${t.details[f]}</label><input class="ds-input" id="detail-${f}" name="${f}" autocomplete="off"></div>`)}
      </fieldset>
      <p>
        <button class="ds-button" type="button" data-draft-docx>${t.docx}</button>
        <button class="ds-button" data-variant="secondary" type="button" data-draft-print>${t.print}</button>
        <button class="ds-button" data-variant="tertiary" type="button" data-draft-close>${t.close}</button>
      </p>
      <p class="ds-paragraph" data-size="sm" role="status" data-draft-status></p>
    </div>
    <div data-draft-preview></div>`);
  container.append(panel);

  let receipt: Receipt | undefined;
  const details = (): DraftDetails => Object.fromEntries(DETAIL_FIELDS.map((f) => [f, panel.querySelector<HTMLInputElement>(`#detail-${f}`)?.value ?? ""]));
  const draft = () => draftFor({ determination: input.determination, person: input.person, asOf: input.asOf, lang: input.draftLang, details: details(), receipt });
  const preview = panel.querySelector<HTMLElement>("[data-draft-preview]")!;
  const show = () => {
    const d = draft();
    preview.innerHTML = d ? String(draftHtml(d)) : "";
  };
  show();
  if (hashingAvailable()) {
    void makeReceipt({ asOf: input.asOf, person: input.person }, input.determinations).then((r) => {
      receipt = r;
      show();
    });
  }
  panel.addEventListener("input", show);
  panel.querySelector("[data-draft-close]")!.addEventListener("click", () => panel.remove());
  panel.querySelector("[data-draft-print]")!.addEventListener("click", () => {
    document.body.classList.add("print-draft");
    window.addEventListener("afterprint", () => document.body.classList.remove("print-draft"), { once: true });
    window.print();
  });
  panel.querySelector("[data-draft-docx]")!.addEventListener("click", async () => {
    const status = panel.querySelector<HTMLElement>("[data-draft-status]")!;
    const d = draft();
    if (!d) return;
    status.textContent = t.making;
    const { draftDocxBlob } = await import("./docx");
    saveFile(await draftDocxBlob(d), `${d.fileName}.docx`);
    status.textContent = "";
  });
  panel.querySelector<HTMLInputElement>(`#detail-${DETAIL_FIELDS[0]}`)?.focus();
}
