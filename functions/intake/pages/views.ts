/**
 * Page fragments for the municipality's report, in bokmål or nynorsk, with Designsystemet classes. The
 * answers are a summary list (key, value, "Endre"), which stacks on a phone, rather than a wide table.
 */
import { formatters, packFor } from "../../core/i18n";
import { INTAKE_STRINGS, type IntakeLang } from "../../core/i18n/intake";
import { localePath } from "../../core/localePath";
import { getRule, isPersonRule, lineRateNok, type ReportLine } from "../../core/rules";
import { html, type Html } from "../../core/html";
import type { ReportContext } from "../context";
import { osloDateTime } from "../osloTime";
import type { Receipt } from "../submit";
import { reportTotal, type PricedLine, type ReportValues } from "../values";
import { lineFields } from "./form";

const ruleTitle = (line: Extract<ReportLine, { rule: unknown }>, lang: IntakeLang) => packFor(lang).rules[getRule(line.rule).id].title;

/** A line's name: a rule's count or places by the rule's title, amounts and texts by their own. */
export function lineLabel(line: ReportLine, lang: IntakeLang): string {
  const w = INTAKE_STRINGS[lang].form;
  switch (line.type) {
    case "count":
      return w.countLine(ruleTitle(line, lang));
    case "places-months":
      return w.placesMonthsLine(ruleTitle(line, lang));
    case "amount":
    case "text":
      return w.lines[line.id];
  }
}

/**
 * What a line asks for, before anyone types: who counts (the rule's window and reference date, from the
 * catalog), whether the measure is needs-tested, the rate, the municipality's allocation, and the rule page.
 */
export function lineHelp(line: ReportLine, ctx: ReportContext, lang: IntakeLang): Html {
  const w = INTAKE_STRINGS[lang].form;
  const f = formatters(lang);
  const parts: Array<string | Html> = [];
  if (line.type === "count" || line.type === "places-months") {
    const rule = getRule(line.rule);
    if (isPersonRule(rule)) {
      const { programmeStart, programmeEnd, trainingEnd } = rule.windows;
      const who = [
        programmeStart && w.whoStarted(f.window(programmeStart)),
        programmeEnd && w.whoEnded(f.window(programmeEnd)),
        trainingEnd && w.whoTrainingEnded(f.window(trainingEnd)),
        rule.referenceDates.participatingOn && w.stillInOn(f.date(rule.referenceDates.participatingOn)),
        rule.referenceDates.participatingFrom && w.stillInFrom(f.date(rule.referenceDates.participatingFrom)),
      ].filter(Boolean);
      if (who.length > 0) parts.push(w.who(who.join(" ")));
      parts.push(rule.needsTested ? w.needsTested : w.notNeedsTested);
    }
    if (line.type === "count" && line.lastChance) parts.push(w.lastChance);
    const rate = lineRateNok(line);
    if (rate !== null) parts.push(line.type === "count" ? w.ratePerParticipant(f.nok(rate)) : w.ratePerPlaceMonth(f.nok(rate)));
    parts.push(html`<a class="ds-link" href="${localePath(lang, `/regler/${rule.id.toLowerCase()}/`)}">${w.readRule}<span class="ds-sr-only">: ${ruleTitle(line, lang)}</span></a>`);
  } else if (line.type === "amount") {
    const allocation = ctx.template.total.basis === "allocation" && ctx.template.total.usedLine === line.id ? reportTotal(ctx.template, ctx.code, {}, ctx.onDate) : null;
    if (allocation) parts.push(w.allocated(f.nok(allocation.nok)));
    parts.push(w.wholeKroner);
  } else {
    parts.push(`${w.maxLength(line.maxLength)} ${w.textHint}`);
  }
  return html`${parts.map((p, i) => html`${i > 0 ? " " : ""}${p}`)}`;
}

export function heading(ctx: ReportContext, lang: IntakeLang): Html {
  const w = INTAKE_STRINGS[lang].heading;
  return html`<p class="ds-paragraph"><span class="ds-tag" data-color="info">${ctx.code} ${ctx.municipalityName}</span></p>
    <h1 class="ds-heading" data-size="lg">${ctx.title}</h1>
    <p class="ds-paragraph">${w.deadline}: <strong>${osloDateTime(ctx.closesAt)}</strong> (${w.norwegianTime}). <a class="ds-link no-print" href="/rapport/frist.ics" download>${w.calendar}</a></p>`;
}

export const cooperationWarning = (lang: IntakeLang) => html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${INTAKE_STRINGS[lang].cooperation}</p></div>`;

export const countsOnly = (lang: IntakeLang) => html`<p class="ds-paragraph">${INTAKE_STRINGS[lang].countsOnly}</p>`;

/** The errors on top of a form, each linking to its field and named by the field's label when given. */
export function errorSummary(errors: Array<{ field: string; message: string }>, labels: Record<string, string> = {}, title = INTAKE_STRINGS.nb.fields.summary): Html {
  if (errors.length === 0) return html``;
  return html`<div class="ds-error-summary" role="alert" tabindex="-1" id="feil">
    <h2 class="ds-heading" data-size="xs">${title}</h2>
    <ul class="ds-list">${errors.map((e) => html`<li><a class="ds-link" href="#${e.field}">${labels[e.field] ? `${labels[e.field]}: ` : ""}${e.message}</a></li>`)}</ul>
  </div>`;
}

/** One line's answer in words, with the sum it triggers at the catalog's rate. */
function answerText(l: PricedLine, lang: IntakeLang): Html {
  const w = INTAKE_STRINGS[lang].check;
  const f = formatters(lang);
  switch (l.type) {
    case "text":
      return html`<span class="summary-list__text">${l.value.text || "–"}</span>`;
    case "amount":
      return html`${f.nok(l.value.nok ?? 0)}`;
    case "count":
    case "places-months": {
      const answer = l.type === "count" ? w.participants(l.value.count ?? 0) : w.placesMonths(l.value.places ?? 0, l.value.months ?? 0);
      return l.rateNok === null ? html`${answer}` : html`${answer} <span class="summary-list__calc">${w.times(f.nok(l.rateNok), f.nok(l.amountNok))}</span>`;
    }
  }
}

/**
 * The answers as a summary list: each line's name, the answer and what it triggers, and on the check page
 * an "Endre" link to the line's field. The total is the one the template's rule defines.
 */
export function linesSummary(lines: PricedLine[], ctx: ReportContext, values: ReportValues, lang: IntakeLang, changeLinks = false): Html {
  const w = INTAKE_STRINGS[lang].check;
  const f = formatters(lang);
  const total = reportTotal(ctx.template, ctx.code, values, ctx.onDate);
  return html`<dl class="summary-list">
    ${lines.map((l) => {
      const line = ctx.template.lines.find((x) => x.id === l.id)!;
      const label = lineLabel(line, lang);
      return html`<div class="summary-list__row"><dt class="summary-list__key">${label}</dt><dd class="summary-list__value">${answerText(l, lang)}</dd>${
        changeLinks ? html`<dd class="summary-list__actions"><a class="ds-link" href="/rapport/#${lineFields(line)[0]!.name}">${w.change}<span class="ds-sr-only"> ${label}</span></a></dd>` : ""
      }</div>`;
    })}
    ${total
      ? html`<div class="summary-list__row summary-list__row--total"><dt class="summary-list__key">${total.label === "total" ? w.total : w.allocatedTotal}</dt><dd class="summary-list__value"><strong>${f.nok(total.nok)}</strong></dd></div>
        ${total.unusedNok !== null ? html`<div class="summary-list__row"><dt class="summary-list__key">${w.unused}</dt><dd class="summary-list__value">${f.nok(total.unusedNok)}</dd></div>` : ""}`
      : ""}
  </dl>`;
}

/** The receipt: reference, facts, the answers; a replaced version says by which. */
export function receiptView(ctx: ReportContext, r: Receipt & { values: ReportValues }, latest: { version: number; reference: string } | undefined, lang: IntakeLang): Html {
  const w = INTAKE_STRINGS[lang].receipt;
  const replaced = latest && latest.version > r.version ? latest : undefined;
  return html`<div class="ds-alert" data-color="${replaced ? "warning" : "success"}"><h1 class="ds-heading" data-size="md">${w.received}</h1>
      <p class="ds-paragraph">${w.reference}: <strong>${r.reference}</strong></p>
      ${replaced ? html`<p class="ds-paragraph">${w.replaced(replaced.version, replaced.reference)} <a class="ds-link" href="/rapport/kvittering/${replaced.reference}">${w.seeLatest}</a></p>` : ""}</div>
    <dl class="facts">
      <dt>${w.municipality}</dt><dd>${ctx.code} ${ctx.municipalityName}</dd>
      <dt>${w.round}</dt><dd>${ctx.title}</dd>
      <dt>${w.receivedAt}</dt><dd>${osloDateTime(r.submittedAt)} (${INTAKE_STRINGS[lang].heading.norwegianTime})</dd>
      <dt>${w.version}</dt><dd>${r.version}${r.late ? ` (${w.late})` : ""}</dd>
      ${r.reason ? html`<dt>${w.reason}</dt><dd>${r.reason}</dd>` : ""}
    </dl>
    ${linesSummary(r.lines, ctx, r.values, lang)}
    <div class="no-print stack">
      <p class="ds-paragraph">${w.printHint}</p>
      <p><button class="ds-button" data-variant="secondary" type="button" data-print hidden>${w.print}</button></p>
      <p class="ds-paragraph"><a class="ds-link" href="/rapport/">${w.back}</a></p>
    </div>`;
}
