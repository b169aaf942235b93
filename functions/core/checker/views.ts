import { html, type Html } from "../html";
import { evaluate, type Lang, type PersonField, type Status } from "../rules";
import { formatters, packFor } from "../i18n";
import { wordDetermination } from "../rules/wording";
import { CHOICES, KIND, UNKNOWN, personFrom, type Answers, type Question } from "./answers";
import { answeredInOrder } from "./flow";
import { checkerPath, type View } from "./step";
import { hiddenAnswers } from "./hidden";

/** The checker's pages as escaped HTML: rendered by the Worker into the site's shell, and by the browser. */
/**
 * `caseworker` is what a result ends with for the municipality (the draft and calendar forms and the
 * receipt, `outputs.ts`): the Worker renders it in; the browser fills the empty slot after rendering, with
 * code it loads then, so the checker's first load does not carry it.
 */
export function render(lang: Lang, answers: Answers, view: View, asOf: string, caseworker?: Html): Html {
  if (view.kind === "question") return questionView(lang, answers, view);
  if (view.kind === "check") return checkView(lang, answers);
  return resultView(lang, answers, asOf, caseworker);
}

function label(lang: Lang, q: Question): string {
  return q === "legalBasis" ? packFor(lang).checker.legalBasisQuestion : packFor(lang).fields[q as PersonField];
}

function display(lang: Lang, q: Question, v: string): string {
  const pack = packFor(lang);
  const s = pack.checker;
  if (v === UNKNOWN) return s.dontKnow;
  if (q === "legalBasis") return pack.legalBases[v as keyof typeof pack.legalBases] ?? v;
  if (q === "endGoal") return pack.endGoals[v as keyof typeof pack.endGoals] ?? v;
  if (KIND[q] === "yesno") return v === "yes" ? s.yes : s.no;
  if (KIND[q] === "date") return formatters(lang).date(v);
  return v;
}

function questionView(lang: Lang, answers: Answers, view: Extract<View, { kind: "question" }>): Html {
  const pack = packFor(lang);
  const s = pack.checker;
  const q = view.question;
  const kind = KIND[q];
  const error = view.error && pack.validation[view.error];
  const options = kind === "yesno" ? [["yes", s.yes], ["no", s.no]] : (CHOICES[q] ?? []).map((v) => [v, display(lang, q, v)]);
  const describedBy = [kind === "date" ? "hint" : "", error ? "error" : ""].filter(Boolean).join(" ");
  return html`<h1 class="ds-heading" data-size="lg">${s.title}</h1>
    ${Object.keys(answers).length === 0 ? html`<p class="ds-paragraph">${s.intro}</p><p class="ds-paragraph" data-size="sm">${s.privacy}</p>` : ""}
    ${error ? html`<div class="ds-error-summary" role="alert" tabindex="-1"><h2 class="ds-heading" data-size="xs">${s.errorTitle}</h2><ul class="ds-list"><li><a class="ds-link" href="#value">${error}</a></li></ul></div>` : ""}
    <form method="post" action="${checkerPath(lang)}" class="stack" data-checker novalidate>
      ${hiddenAnswers(answers)}
      <input type="hidden" name="q" value="${q}">
      ${kind === "choice" || kind === "yesno"
        ? html`<fieldset class="ds-fieldset" ${describedBy ? html`aria-describedby="${describedBy}"` : ""}>
            <legend class="ds-heading" data-size="sm">${label(lang, q)}</legend>
            ${q === "legalBasis" ? html`<p class="ds-paragraph" data-size="sm">${s.legalBasisHint}</p>` : ""}
            ${error ? html`<p class="ds-validation-message" id="error">${error}</p>` : ""}
            ${options.map(([v, text], i) => html`<div class="ds-field"><input class="ds-input" type="radio" name="value" id="${i === 0 ? "value" : `value-${v}`}" value="${v}" ${view.value === v ? html`checked` : ""}><label class="ds-label" for="${i === 0 ? "value" : `value-${v}`}">${text}</label></div>`)}
          </fieldset>`
        : html`<div class="ds-field">
            <label class="ds-label" for="value"><span class="ds-heading" data-size="sm">${label(lang, q)}</span></label>
            ${kind === "date" ? html`<p class="ds-paragraph" data-size="sm" id="hint">${s.dateHint}</p>` : ""}
            ${error ? html`<p class="ds-validation-message" id="error">${error}</p>` : ""}
            <input class="ds-input" id="value" name="value" ${kind === "number" ? html`inputmode="numeric"` : ""} autocomplete="off" value="${view.value ?? ""}" aria-invalid="${error ? "true" : "false"}" ${describedBy ? html`aria-describedby="${describedBy}"` : ""}>
          </div>`}
      <p>
        <button class="ds-button" type="submit" name="action" value="answer">${s.continue}</button>
        ${q !== "legalBasis" ? html`<button class="ds-button" data-variant="secondary" type="submit" name="action" value="unknown">${s.dontKnow}</button>` : ""}
        ${Object.keys(answers).length > 0 ? html`<button class="ds-button" data-variant="tertiary" type="submit" name="action" value="back">${s.back}</button>` : ""}
      </p>
    </form>
    <p><a class="ds-link" href="${checkerPath(lang)}">${s.startAgain}</a></p>`;
}

function checkView(lang: Lang, answers: Answers): Html {
  const s = packFor(lang).checker;
  return html`<h1 class="ds-heading" data-size="lg">${s.checkAnswers}</h1>
    <form method="post" action="${checkerPath(lang)}" class="stack" data-checker>
      ${hiddenAnswers(answers)}
      <dl class="facts">
        ${answeredInOrder(answers).map((q) => html`<dt>${label(lang, q)}</dt><dd>${display(lang, q, answers[q] ?? "")} <button class="ds-button" data-variant="tertiary" data-size="sm" type="submit" name="change" value="${q}">${s.change}<span class="ds-sr-only"> ${label(lang, q)}</span></button></dd>`)}
      </dl>
      <p><button class="ds-button" type="submit" name="action" value="result">${s.seeResult}</button></p>
    </form>
    <p><a class="ds-link" href="${checkerPath(lang)}">${s.startAgain}</a></p>`;
}

/** The tag colour per status: a right in green, what the municipality assesses or what applies in blue. */
const STATUS_COLOR: Record<Status, string> = {
  entitled: "success",
  "needs-assessment": "info",
  applies: "info",
  "not-entitled": "neutral",
  "missing-information": "warning",
};

function resultView(lang: Lang, answers: Answers, asOf: string, caseworker: Html | undefined): Html {
  const pack = packFor(lang);
  const s = pack.checker;
  const f = formatters(lang);
  const { person } = personFrom(answers, asOf);
  if (!person) return checkView(lang, answers);
  const ds = evaluate(person, asOf).map((d) => wordDetermination(d, lang));
  return html`<h1 class="ds-heading" data-size="lg">${s.resultTitle}</h1>
    <p class="ds-paragraph">${pack.legalBases[person.legalBasis]}. ${s.assessedOn(f.date(asOf))}</p>
    <p class="no-print"><a class="ds-link" href="${checkerPath(lang)}">${s.startAgain}</a></p>
    ${ds.map(
      (d) => html`<section class="ds-card stack" aria-labelledby="r-${d.rule}">
        <h2 class="ds-heading" data-size="sm" id="r-${d.rule}">${d.title}</h2>
        <p><span class="ds-tag" data-color="${STATUS_COLOR[d.status]}">${d.statusText}</span></p>
        ${d.warnings.map((w) => html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${w.text}</p></div>`)}
        <ul class="ds-list">
          ${d.maxMonths ? html`<li>${s.months(d.maxMonths)}</li>` : ""}
          ${d.extensionMonths ? html`<li>${s.extension(d.extensionMonths)}</li>` : ""}
          ${d.grantNok ? html`<li>${s.grant(f.nok(d.grantNok))}</li>` : ""}
          ${d.deadlines.map((x) => html`<li>${x.text}</li>`)}
        </ul>
        <h3 class="ds-heading" data-size="xs">${s.why}</h3>
        <ul class="ds-list">${d.reasons.map((r) => html`<li>${r.text}</li>`)}</ul>
        ${d.nearestMiss.length ? html`<h3 class="ds-heading" data-size="xs">${s.whatWouldChange}</h3><ul class="ds-list">${d.nearestMiss.map((m) => html`<li>${m.text}</li>`)}</ul>` : ""}
        ${d.notes.length ? html`<details class="ds-details"><summary>${s.interpretations}</summary>${d.notes.map((n) => html`<p class="ds-paragraph">${n.text}</p>`)}</details>` : ""}
        <p class="ds-paragraph" data-size="sm">${s.sources}: ${d.sources.map((x) => `${x.legalBasis} (${x.file})`).join("; ")}</p>
      </section>`,
    )}
    <h2 class="ds-heading" data-size="md">${s.nextStep}</h2>
    <p class="ds-paragraph">${s.nextStepText}</p>
    <div data-caseworker>${caseworker ?? ""}</div>`;
}
