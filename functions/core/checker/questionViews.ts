import { html, type Html } from "../html";
import { makeFormatters } from "../i18n/formatters";
import type { LanguagePack } from "../i18n/schema";
import { CHOICES, KIND, PERMIT_WINDOW_FROM, legalBasisOf, type Answers } from "./answers";
import { answerList, answerText, questionLabel, type Words } from "./labels";
import { hiddenAnswers } from "./hidden";
import { checkerPath, type View } from "./step";

/**
 * The checker's question pages and "check your answers" as escaped HTML, in the language of the pack
 * given. The result is `resultView.ts`'s (`views.ts` renders any page): the browser loads it when a result
 * is near, so its first load carries only what the questions need.
 */
export function renderQuestions(pack: LanguagePack, answers: Answers, view: Exclude<View, { kind: "result" }>): Html {
  const w: Words = { pack, f: makeFormatters(pack) };
  return view.kind === "question" ? questionView(w, answers, view) : checkView(w, answers);
}

function questionView(w: Words, answers: Answers, view: Extract<View, { kind: "question" }>): Html {
  const { pack, f } = w;
  const s = pack.checker;
  const q = view.question;
  const windowMode = view.mode === "window";
  const kind = windowMode ? "yesno" : KIND[q];
  const error = view.error && (view.error === "invalid-date" ? s.dateError : pack.validation[view.error]);
  const options = kind === "yesno" ? [["yes", s.yes], ["no", s.no]] : (CHOICES[q] ?? []).map((v) => [v, answerText(w, q, v)]);
  const label = windowMode ? s.permitWindowQuestion(f.date(PERMIT_WINDOW_FROM)) : questionLabel(w, q);
  const describedBy = ["help", kind === "date" ? "hint" : "", error ? "error" : ""].filter(Boolean).join(" ");
  const first = Object.keys(answers).length === 0;
  return html`<h1 class="ds-heading" data-size="lg">${s.title}</h1>
    ${first ? html`<p class="ds-paragraph">${s.intro}</p><p class="ds-paragraph" data-size="sm">${s.privacy}</p>` : ""}
    ${error ? html`<div class="ds-error-summary" role="alert" tabindex="-1"><h2 class="ds-heading" data-size="xs">${s.errorTitle}</h2><ul class="ds-list"><li><a class="ds-link" href="#value">${error}</a></li></ul></div>` : ""}
    <form method="post" action="${checkerPath(pack.lang)}" class="stack" data-checker novalidate>
      ${hiddenAnswers(answers)}
      <input type="hidden" name="q" value="${q}">
      ${windowMode ? html`<input type="hidden" name="mode" value="window">` : ""}
      ${kind === "choice" || kind === "yesno"
        ? html`<fieldset class="ds-fieldset" aria-describedby="${describedBy}">
            <legend class="ds-heading" data-size="sm">${label}</legend>
            <p class="ds-paragraph" data-size="sm" id="help">${s.help[q]}</p>
            ${error ? html`<p class="ds-validation-message" id="error">${error}</p>` : ""}
            ${options.map(([v, text], i) => html`<div class="ds-field"><input class="ds-input" type="radio" name="value" id="${i === 0 ? "value" : `value-${v}`}" value="${v}" ${view.value === v ? html`checked` : ""}><label class="ds-label" for="${i === 0 ? "value" : `value-${v}`}">${text}</label></div>`)}
          </fieldset>`
        : html`<div class="ds-field">
            <label class="ds-label" for="value"><span class="ds-heading" data-size="sm">${label}</span></label>
            <p class="ds-paragraph" data-size="sm" id="help">${s.help[q]}</p>
            ${kind === "date" ? html`<p class="ds-paragraph" data-size="sm" id="hint">${s.dateHint}</p>` : ""}
            ${error ? html`<p class="ds-validation-message" id="error">${error}</p>` : ""}
            <input class="ds-input" id="value" name="value" ${kind === "number" ? html`inputmode="numeric"` : ""} autocomplete="off" value="${view.value ?? ""}" aria-invalid="${error ? "true" : "false"}" aria-describedby="${describedBy}">
          </div>`}
      <p class="actions">
        <button class="ds-button" type="submit" name="action" value="answer">${s.continue}</button>
        ${q === "permitGranted" && !windowMode
          ? html`<button class="ds-button" data-variant="secondary" type="submit" name="action" value="window">${s.dontKnowDate}</button>`
          : html`<button class="ds-button" data-variant="secondary" type="submit" name="action" value="unknown">${s.dontKnow}</button>`}
        ${Object.keys(answers).length > 0 || windowMode ? html`<button class="ds-button" data-variant="tertiary" type="submit" name="action" value="back">${s.back}</button>` : ""}
      </p>
    </form>
    <p><a class="ds-link" href="${checkerPath(pack.lang)}">${s.startAgain}</a></p>`;
}

export function checkView(w: Words, answers: Answers): Html {
  const s = w.pack.checker;
  const path = checkerPath(w.pack.lang);
  const unknownBasis = legalBasisOf(answers) === "unknown";
  return html`<h1 class="ds-heading" data-size="lg">${s.checkAnswers}</h1>
    ${unknownBasis ? html`<div class="ds-alert" data-color="info"><h2 class="ds-heading" data-size="xs">${s.basisUnknownTitle}</h2><p class="ds-paragraph">${s.basisUnknownText}</p></div>` : ""}
    <form method="post" action="${path}" class="stack" data-checker>
      ${hiddenAnswers(answers)}
      ${answerList(w, answers, true)}
      <p class="actions">
        ${unknownBasis ? "" : html`<button class="ds-button" type="submit" name="action" value="result">${s.seeResult}</button>`}
        <button class="ds-button" data-variant="tertiary" type="submit" name="action" value="back">${s.back}</button>
      </p>
    </form>
    <p><a class="ds-link" href="${path}">${s.startAgain}</a></p>`;
}
