import { html, type Html } from "../html";
import { packFor } from "../i18n";
import { OUTPUT_STRINGS } from "../i18n/outputs";
import { evaluate } from "../rules/engine/evaluate";
import { DRAFT_LANGUAGES } from "../i18n/draftLanguages";
import { draftBlocker } from "../drafts/decides";
import { receiptCode } from "../receipt/code";
import type { Receipt } from "../receipt/schema";
import type { Determination } from "../rules/engine/determination";
import type { Lang } from "../rules/types";
import { personFrom, type Answers } from "./answers";
import { hiddenAnswers } from "./hidden";
import { checkerPath } from "./step";

/**
 * The caseworker's part of a checker result (issue #14): a form for a decision draft of any rule the
 * municipality decides, and one for the deadlines as a calendar file. Both post the answers to the
 * Worker without JavaScript (`/sjekk/vedtak/`, `/sjekk/frister.ics`); with JavaScript the page makes
 * the files itself and sends nothing (site/scripts/caseworker/).
 */
export function caseworkerOutputs(lang: Lang, answers: Answers, determinations: readonly Determination[]): Html {
  const pack = packFor(lang);
  const o = OUTPUT_STRINGS[lang];
  const draftable = determinations.filter((d) => !draftBlocker(d));
  const hasDeadlines = determinations.some((d) => d.deadlines.length > 0);
  const defaultDraftLang = lang === "nn" ? "nn" : "nb";
  return html`<section class="ds-card stack no-print" aria-labelledby="caseworker">
    <h2 class="ds-heading" data-size="sm" id="caseworker">${o.heading}</h2>
    <p class="ds-paragraph" data-size="sm">${o.lead}</p>
    ${draftable.length
      ? html`<form method="post" action="${checkerPath(lang)}vedtak/" class="stack" data-draft-form>
          ${hiddenAnswers(answers)}
          <div class="ds-field">
            <label class="ds-label" for="draft-rule">${o.draftRule}</label>
            <select class="ds-input" id="draft-rule" name="rule">${draftable.map((d) => html`<option value="${d.rule}">${pack.rules[d.rule].title} – ${pack.statuses[d.status]}</option>`)}</select>
          </div>
          <fieldset class="ds-fieldset">
            <legend class="ds-label">${o.draftLanguage}</legend>
            ${DRAFT_LANGUAGES.map((l) => html`<div class="ds-field"><input class="ds-input" type="radio" name="draftLang" id="draft-lang-${l}" value="${l}" ${l === defaultDraftLang ? html`checked` : ""}><label class="ds-label" for="draft-lang-${l}" lang="${l}">${packFor(l).name}</label></div>`)}
          </fieldset>
          <p><button class="ds-button" data-variant="secondary" type="submit">${o.draftSubmit}</button></p>
        </form>`
      : html`<p class="ds-paragraph" data-size="sm">${o.noDraft}</p>`}
    ${hasDeadlines
      ? html`<form method="post" action="${checkerPath(lang)}frister.ics" class="stack" data-calendar-form>
          ${hiddenAnswers(answers)}
          <div class="ds-field">
            <label class="ds-label" for="calendar-ref">${o.calendarReference}</label>
            <p class="ds-paragraph" data-size="sm" id="calendar-ref-hint">${o.calendarReferenceHint}</p>
            <input class="ds-input" id="calendar-ref" name="reference" maxlength="60" autocomplete="off" aria-describedby="calendar-ref-hint">
          </div>
          <p><button class="ds-button" data-variant="secondary" type="submit">${o.calendarSubmit}</button></p>
        </form>`
      : ""}
  </section>`;
}

/** The receipt under a result; without one yet (the browser hashes after rendering), an empty slot it fills. */
export function receiptLine(lang: Lang, receipt: Receipt | undefined): Html {
  const o = OUTPUT_STRINGS[lang];
  return receipt
    ? html`<p class="ds-paragraph receipt" data-size="sm" data-receipt>${o.receipt}: <code>${receiptCode(receipt)}</code>. ${o.receiptHint}</p>`
    : html`<p class="ds-paragraph receipt" data-size="sm" data-receipt hidden></p>`;
}

/** The end of a result for the municipality: the two forms, then the receipt (or its slot). */
export function caseworkerPart(lang: Lang, answers: Answers, asOf: string, receipt: Receipt | undefined): Html {
  const { person } = personFrom(answers);
  return html`${caseworkerOutputs(lang, answers, person ? evaluate(person, asOf) : [])}${receiptLine(lang, receipt)}`;
}
