/**
 * The participant list's decision drafts and deadlines (loaded on click): choose a row and a rule for a
 * draft, download a row's deadlines, or every row's in one calendar. Rows never leave the page.
 */
import { draftBlocker } from "../../../functions/core/drafts/decides";
import { html } from "../../../functions/core/html";
import { packFor } from "../../../functions/core/i18n";
import { CASEWORKER_STRINGS } from "../../../functions/core/i18n/caseworker";
import { OUTPUT_STRINGS } from "../../../functions/core/i18n/outputs";
import { DRAFT_LANGUAGES } from "../../../functions/core/i18n/draftLanguages";
import { evaluate } from "../../../functions/core/rules/engine/evaluate";
import type { Lang } from "../../../functions/core/rules/types";
import { openDraftPanel } from "./draftPanel";
import type { ListRow } from "./listRow";

export function openListPanel(host: HTMLElement, lang: Lang, asOf: string, rows: readonly ListRow[]): void {
  const t = CASEWORKER_STRINGS[lang];
  const o = OUTPUT_STRINGS[lang];
  const pack = packFor(lang);
  const evaluated = rows.map((r) => ({ ...r, determinations: evaluate(r.person, asOf) }));
  const rowLabel = (r: ListRow) => `${t.row} ${r.row}${r.ref ? ` – ${r.ref}` : ""}`;
  host.innerHTML = String(html`<h2 class="ds-heading" data-size="sm" tabindex="-1">${t.listHeading}</h2>
    <p class="ds-paragraph" data-size="sm">${t.listLead}</p>
    <div class="ds-field"><label class="ds-label" for="cw-row">${t.row}</label>
      <select class="ds-input" id="cw-row">${evaluated.map((r, i) => html`<option value="${i}">${rowLabel(r)}</option>`)}</select></div>
    <div class="ds-field"><label class="ds-label" for="cw-rule">${o.draftRule}</label><select class="ds-input" id="cw-rule"></select></div>
    <p class="ds-paragraph" data-size="sm" data-cw-none hidden>${t.nothingToDraft}</p>
    <fieldset class="ds-fieldset"><legend class="ds-label">${o.draftLanguage}</legend>
      ${DRAFT_LANGUAGES.map((l, i) => html`<div class="ds-field"><input class="ds-input" type="radio" name="cw-lang" id="cw-lang-${l}" value="${l}" ${(lang === "nn" ? l === "nn" : i === 0) ? html`checked` : ""}><label class="ds-label" for="cw-lang-${l}" lang="${l}">${packFor(l).name}</label></div>`)}
    </fieldset>
    <p>
      <button class="ds-button" data-variant="secondary" type="button" data-cw-draft>${o.draftSubmit}</button>
      <button class="ds-button" data-variant="secondary" type="button" data-cw-row-ics>${t.rowCalendar}</button>
      <button class="ds-button" data-variant="secondary" type="button" data-cw-all-ics>${t.allCalendar}</button>
    </p>`);
  const rowSel = host.querySelector<HTMLSelectElement>("#cw-row")!;
  const ruleSel = host.querySelector<HTMLSelectElement>("#cw-rule")!;
  const none = host.querySelector<HTMLElement>("[data-cw-none]")!;
  const draftButton = host.querySelector<HTMLButtonElement>("[data-cw-draft]")!;
  const current = () => evaluated[Number(rowSel.value)]!;
  const fillRules = () => {
    const draftable = current().determinations.filter((d) => !draftBlocker(d));
    ruleSel.innerHTML = String(html`${draftable.map((d) => html`<option value="${d.rule}">${pack.rules[d.rule].title} – ${pack.statuses[d.status]}</option>`)}`);
    none.hidden = draftable.length > 0;
    ruleSel.disabled = draftButton.disabled = draftable.length === 0;
  };
  rowSel.addEventListener("change", fillRules);
  fillRules();
  draftButton.addEventListener("click", () => {
    const r = current();
    const determination = r.determinations.find((d) => d.rule === ruleSel.value);
    const draftLang = DRAFT_LANGUAGES.find((l) => l === host.querySelector<HTMLInputElement>("input[name=cw-lang]:checked")?.value) ?? "nb";
    if (determination) openDraftPanel(host, { lang, draftLang, determination, determinations: r.determinations, person: r.person, asOf });
  });
  const calendar = async (which: typeof evaluated, fileName: string) => {
    const { downloadDeadlines } = await import("./calendar");
    downloadDeadlines(which.map((r) => ({ determinations: r.determinations, reference: r.ref || `${t.row} ${r.row}`, key: `row-${r.row}` })), lang, fileName);
  };
  host.querySelector("[data-cw-row-ics]")!.addEventListener("click", () => void calendar([current()], `rettsjekk-frister-rad-${current().row}`));
  host.querySelector("[data-cw-all-ics]")!.addEventListener("click", () => void calendar(evaluated, "rettsjekk-frister"));
  host.querySelector<HTMLElement>("h2")!.focus();
}
