import { html, type Html } from "../html";
import { langHtml } from "../i18n/foreign";
import { citationViewWith } from "../rules/citation";
import type { Citation } from "../rules/types";
import { localePath } from "../localePath";
import { getRule, RULES_VERSION } from "../rules/catalog";
import { lastRelevantDate } from "../rules/catalog/validity";
import { evaluate } from "../rules/engine/evaluate";
import type { Determination, Miss, Reason } from "../rules/engine/determination";
import type { NoteId, Status } from "../rules/vocabulary";
import { wordWith } from "../rules/wordWith";
import { PERMIT_IN_WINDOW, PERMIT_WINDOW_FROM, isPermitBracket, legalBasisOf, personFrom, type Answers } from "./answers";
import { answerList, type Words } from "./labels";
import { checkerPath } from "./step";
import { sharedNotes, summarize, type Summary } from "./summary";

/**
 * The result: a short summary first (what the person has a right to now, what the municipality assesses
 * and must do by when, what they do not have), then the details per rule, grouped and collapsed, then the
 * rules whose period has ended. Undefined when the answers do not make a person (the check page shows).
 * The one slot for the caseworker's outputs (`data-caseworker`) follows the summary.
 */
export function resultView(w: Words, answers: Answers, asOf: string, caseworker?: Html): Html | undefined {
  const { pack, f } = w;
  const s = pack.checker;
  const basis = legalBasisOf(answers);
  const { person } = personFrom(answers, asOf);
  if (!person || basis === undefined || basis === "unknown") return undefined;
  const summary = summarize(evaluate(person, asOf), asOf);
  const card = detailCard(w, answers, summary);
  return html`<h1 class="ds-heading" data-size="lg">${s.resultTitle}</h1>
    <p class="ds-paragraph">${pack.legalBases[basis]}. ${s.assessedOn(f.date(asOf))}</p>
    ${summary.warnings.map((n) => html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${pack.notes[n]}</p></div>`)}
    ${summary.chapter6A ? chapter6AExplained(w, answers, summary.chapter6A) : ""}
    ${summaryView(w, summary)}
    <div data-caseworker>${caseworker ?? ""}</div>
    <section class="stack" aria-labelledby="answers-h">
      <h2 class="ds-heading" data-size="md" id="answers-h">${s.yourAnswers}</h2>
      ${answerList(w, answers, false)}
      <p class="ds-paragraph" data-size="sm">${s.rulesVersion(RULES_VERSION)}. ${s.assessedOn(f.date(asOf))}</p>
      <p class="no-print"><button class="ds-button" data-variant="secondary" type="button" data-print hidden>${s.print}</button></p>
    </section>
    ${summary.details.length > 0
      ? html`<section class="stack no-print" aria-labelledby="details-h">
          <h2 class="ds-heading" data-size="md" id="details-h">${s.detailsTitle}</h2>
          ${summary.details.map((g) => html`<h3 class="ds-heading" data-size="sm">${s.detailGroups[g.group]}</h3>${card(g.determinations, false)}`)}
        </section>`
      : ""}
    ${summary.notApplicable.length > 0
      ? html`<section class="stack no-print" aria-labelledby="not-applicable-h">
          <h2 class="ds-heading" data-size="md" id="not-applicable-h">${s.notApplicableTitle}</h2>
          ${card(summary.notApplicable, false)}
        </section>`
      : ""}
    ${summary.earlier.length > 0
      ? html`<section class="stack no-print" aria-labelledby="earlier-h">
          <h2 class="ds-heading" data-size="md" id="earlier-h">${s.earlierTitle}</h2>
          <p class="ds-paragraph">${s.earlierWhy}</p>
          ${card(summary.earlier, true)}
        </section>`
      : ""}
    <section class="stack" aria-labelledby="next-h">
      <h2 class="ds-heading" data-size="md" id="next-h">${s.nextStep}</h2>
      <p class="ds-paragraph">${s.nextStepText}</p>
    </section>
    <p class="no-print"><a class="ds-link" href="${checkerPath(pack.lang)}">${s.startAgain}</a></p>`;
}

function chapter6AExplained({ pack, f }: Words, answers: Answers, reason: Reason): Html {
  const s = pack.checker;
  const from = f.date(PERMIT_WINDOW_FROM);
  const why =
    reason.field === "permitGranted"
      ? s.chapter6APermit(from, isPermitBracket(answers.permitGranted) ? undefined : f.date(String(reason.actual)))
      : s.chapter6ANotInForce(f.date(reason.date ?? PERMIT_WINDOW_FROM));
  return html`<div class="ds-alert stack" data-color="info">
    <h2 class="ds-heading" data-size="xs">${s.chapter6ATitle}</h2>
    <p class="ds-paragraph">${why}</p>
    <p class="ds-paragraph">${s.chapter6AText}</p>
  </div>`;
}

/** "Title: up to 12 months, can be extended by up to 12 months (right and duty)". */
function itemText({ pack, f }: Words, d: Determination): string {
  const s = pack.checker;
  const figures: string[] = [];
  if (d.minMonths && d.maxMonths) figures.push(s.monthsRange(d.minMonths, d.maxMonths));
  else if (d.maxMonths) figures.push(s.months(d.maxMonths));
  if (d.extensionMonths) figures.push(s.extension(d.extensionMonths));
  if (d.deadlineMonths && d.deadlines.length === 0) figures.push(s.within(f.months(d.deadlineMonths)));
  const kind = d.kind === "right-and-duty" ? ` (${pack.kinds[d.kind].toLocaleLowerCase(pack.tag)})` : "";
  return `${pack.rules[d.rule].title}${figures.length > 0 ? `: ${figures.join(", ")}` : ""}${kind}`;
}

function summaryView(w: Words, summary: Summary): Html {
  const { pack, f } = w;
  const s = pack.checker;
  const list = (title: string, items: string[]) =>
    items.length > 0 ? html`<h3 class="ds-heading" data-size="xs">${title}</h3><ul class="ds-list">${items.map((t) => html`<li>${t}</li>`)}</ul>` : "";
  const item = (d: Determination) => itemText(w, d);
  // A duty or a piece of information is said best by the rule's own plain summary.
  const said = (d: Determination) => pack.rules[d.rule].summary;
  const anythingNow =
    summary.rights.length + summary.assessed.length + summary.deadlines.length + summary.municipalityDuties.length + summary.yourDuties.length + summary.goodToKnow.length > 0;
  return html`<section class="stack summary" aria-labelledby="summary-h">
    <h2 class="ds-heading" data-size="md" id="summary-h">${s.summaryTitle}</h2>
    ${anythingNow ? "" : html`<p class="ds-paragraph">${s.nothingNow}</p>`}
    ${list(s.rightsNow, summary.rights.map(item))}
    ${list(s.assessed, summary.assessed.map(item))}
    ${list(s.municipalityMust, [
      ...summary.deadlines.map((x) => `${pack.deadline(x.deadline, f)}${x.passed ? ` ${s.deadlinePassed}` : ""}`),
      ...summary.municipalityDuties.map(item),
    ])}
    ${list(s.youMust, summary.yourDuties.map(said))}
    ${list(s.goodToKnow, summary.goodToKnow.map(said))}
    ${list(s.notYours, summary.notYours.map((d) => pack.rules[d.rule].title))}
    ${list(
      s.undecided,
      summary.undecided.map((u) =>
        s.undecidedItem(u.fields.map((x) => f.field(x)).join(", "), [...new Set(u.determinations.map((d) => pack.measures[d.measure]))].join(", ")),
      ),
    )}
  </section>`;
}

/** The tag colour per status: a right in green, what the municipality assesses or what applies in blue. */
const STATUS_COLOR: Record<Status, string> = {
  entitled: "success",
  "needs-assessment": "info",
  applies: "info",
  "not-entitled": "neutral",
  "missing-information": "warning",
};
/** Figures are shown only where the rule holds: never "up to 6 months" under "not entitled". */
const SHOWS_FIGURES: Record<Status, boolean> = {
  entitled: true,
  "needs-assessment": true,
  applies: true,
  "not-entitled": false,
  "missing-information": false,
};

/**
 * One card per group, one collapsed rule per row (Designsystemet's card of details: the card gives up its
 * padding and each details row brings its own). `ended`: rules whose period is over, said without green.
 */
function detailCard(w: Words, answers: Answers, summary: Summary) {
  const { pack, f } = w;
  const s = pack.checker;
  const shared = sharedNotes(summary);
  const bracket = isPermitBracket(answers.permitGranted);
  const permitText = () => s.permitAnswered(answers.permitGranted === PERMIT_IN_WINDOW, f.date(PERMIT_WINDOW_FROM));
  // A yes/no permit answer is worded as such, never as the day the engine was given for it.
  const reasonText = (r: Reason, text: string) => (bracket && r.field === "permitGranted" ? permitText() : text);
  const missText = (m: Miss, text: string) =>
    bracket && m.field === "permitGranted" ? pack.miss[m.condition]({ condition: m.condition, reason: m.reason, field: m.field }, f) : text;
  const row = (raw: Determination, ended: boolean) => {
    const d = wordWith(raw, pack, f);
    const skip = ended ? new Set<NoteId>([...shared, "HISTORICAL-RULE"]) : shared;
    const last = ended ? lastRelevantDate(getRule(d.rule)) : undefined;
    // An ended rule does not say it "applied on the assessment date": its period is said instead.
    const reasons = d.reasons.filter((r) => !(ended && r.condition === "rules-in-force" && r.held));
    const figures = SHOWS_FIGURES[d.status]
      ? [
          ...(d.minMonths && d.maxMonths ? [s.monthsRange(d.minMonths, d.maxMonths)] : d.maxMonths ? [s.months(d.maxMonths)] : []),
          ...(d.extensionMonths ? [s.extension(d.extensionMonths)] : []),
          ...(d.deadlineMonths && d.deadlines.length === 0 ? [s.within(f.months(d.deadlineMonths))] : []),
          ...(d.grantNok ? [s.grant(f.nok(d.grantNok))] : []),
        ]
      : [];
    const notes = d.notes.filter((n) => !skip.has(n.id));
    const warnings = d.warnings.filter((n) => !skip.has(n.id));
    return html`<details class="ds-details" id="rule-${d.rule}">
      <summary><span class="rule-row"><span>${d.title}</span> <span class="ds-tag" data-color="${ended ? "neutral" : STATUS_COLOR[d.status]}">${ended ? s.historicalStatuses[d.status] : d.statusText}</span></span></summary>
      <div class="stack">
        <p class="ds-paragraph">${d.summary}</p>
        ${last ? html`<p class="ds-paragraph">${s.endedOn(f.date(last))}</p>` : ""}
        ${warnings.map((n) => html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${n.text}</p></div>`)}
        ${figures.length + d.deadlines.length > 0
          ? html`<ul class="ds-list">${figures.map((x) => html`<li>${capital(x, pack.tag)}</li>`)}${d.deadlines.map((x) => html`<li>${x.text}</li>`)}</ul>`
          : ""}
        <h4 class="ds-heading" data-size="2xs">${s.why}</h4>
        <ul class="ds-list">${reasons.map((r) => html`<li>${reasonText(r, r.text)}</li>`)}</ul>
        ${d.nearestMiss.length ? html`<h4 class="ds-heading" data-size="2xs">${s.whatWouldChange}</h4><ul class="ds-list">${d.nearestMiss.map((m) => html`<li>${missText(m, m.text)}</li>`)}</ul>` : ""}
        ${notes.length ? html`<h4 class="ds-heading" data-size="2xs">${s.interpretations}</h4>${notes.map((n) => html`<p class="ds-paragraph">${n.text}</p>`)}` : ""}
        <p class="ds-paragraph" data-size="sm">${s.sources}: ${d.sources.map((x, i) => html`${i > 0 ? "; " : ""}${citationLine(w, x)}`)}</p>
        <p><a class="ds-link" href="${localePath(pack.lang, `/regler/${d.rule.toLowerCase()}/`)}">${s.readRule}<span class="ds-sr-only">: ${d.title}</span></a></p>
      </div>
    </details>`;
  };
  return (determinations: Determination[], ended: boolean) => html`<div class="ds-card rule-card">${determinations.map((d) => row(d, ended))}</div>`;
}

/** A source by its real name, linked to IMDi or Lovdata where the catalog knows the address (issue 15 item 4). */
function citationLine({ pack, f }: Words, source: Pick<Citation, "seed" | "legalBasis">): Html {
  const c = citationViewWith(source, pack, f);
  const link = (text: string, url?: string) => (url ? html`<a class="ds-link" href="${url}">${langHtml(text, pack.lang)}</a>` : langHtml(text, pack.lang));
  return html`${link(c.legalBasis, c.legalBasisUrl)} (${link(c.source, c.sourceUrl)})`;
}

function capital(text: string, tag: string): string {
  return text.charAt(0).toLocaleUpperCase(tag) + text.slice(1);
}
