import {
  citationView, isHistorical, lastRelevantDate, todayInOslo, type CitationView, type Deadline, type GrantAmount, type GrantRule,
  type Lang, type PersonRule, type Rule, type WindowName,
} from "../../functions/core/rules";
import { formatters, packFor } from "../../functions/core/i18n";
import { inLanguage } from "../../functions/core/i18n/foreign";
import { markedRuleTexts } from "../../functions/core/i18n/marked";
import { findByCode } from "../../functions/core/municipalities";
import { UI } from "../../functions/core/i18n/site";

/**
 * Everything a page says about a rule, with every figure rendered from the catalog by the language's
 * formatters and with its unit: no date, month count, age or amount is typed into a page, and no page
 * branches on a rule's id. Labels and values may carry marks of Norwegian passages (`[[nb:…]]`): render
 * them with `Marked.astro`.
 */
export interface Fact {
  label: string;
  value: string;
}

/** The build date decides what is marked historical (the site is rebuilt on every deploy). */
export const BUILD_DATE = todayInOslo();

/** A rule's title and summary, Norwegian passages marked. */
export function ruleText(rule: Rule, lang: Lang) {
  const words = markedRuleTexts(lang).rules[rule.id];
  return { title: words.title, summary: words.summary };
}

/** The same as plain text, for <title> and <meta name="description">. */
export function plainRuleText(rule: Rule, lang: Lang) {
  const words = packFor(lang).rules[rule.id];
  return { title: words.title, summary: words.summary };
}

export function isRuleHistorical(rule: Rule): boolean {
  return isHistorical(rule, BUILD_DATE);
}

/** "Start date of the introduction programme" for the window a rule checks (lower-cased for "Period (…)"). */
export function windowLabel(name: WindowName, lang: Lang): string {
  const fields = packFor(lang).fields;
  const field = { programmeStart: fields["programme.start"], programmeEnd: fields["programme.end"], trainingEnd: fields["norwegianTraining.end"], permitGranted: fields.permitGranted }[name];
  return field.charAt(0).toLowerCase() + field.slice(1);
}

/** An age band in words: "18 up to and including 67", "under 25", "25 or older". */
export function ageBand(min: number | undefined, max: number | undefined, lang: Lang): string | undefined {
  const w = UI[lang].figureWords;
  if (min !== undefined && max !== undefined) return w.agesBetween(min, max);
  if (max !== undefined) return w.agesUnder(max);
  if (min !== undefined) return w.agesFrom(min);
  return undefined;
}

export function personRuleFacts(rule: PersonRule, lang: Lang): Fact[] {
  const ui = UI[lang].rule;
  const words = UI[lang].figureWords;
  const f = formatters(lang);
  const marked = markedRuleTexts(lang);
  const facts: Fact[] = [{ label: ui.kind, value: marked.kinds[rule.kind] }];
  facts.push({ label: ui.appliesTo, value: rule.appliesTo.map((b) => marked.legalBases[b]).join(", ") });
  for (const [name, w] of Object.entries(rule.windows) as Array<[WindowName, NonNullable<PersonRule["windows"][WindowName]>]>) {
    facts.push(name === "permitGranted" ? { label: marked.fields.permitGranted, value: f.window(w) } : { label: `${ui.window} (${windowLabel(name, lang)})`, value: f.window(w) });
  }
  if (rule.referenceDates.participatingOn) facts.push({ label: ui.participatingOn, value: f.date(rule.referenceDates.participatingOn) });
  if (rule.referenceDates.participatingFrom) facts.push({ label: ui.participatingFrom, value: f.date(rule.referenceDates.participatingFrom) });
  const fig = rule.figures;
  if (fig.minMonths !== undefined) facts.push({ label: ui.minMonths, value: f.months(fig.minMonths) });
  if (fig.maxMonths !== undefined) facts.push({ label: ui.maxMonths, value: f.months(fig.maxMonths) });
  if (fig.upperSecondaryGoalMaxMonths !== undefined) {
    facts.push({ label: `${ui.maxMonths} (${marked.endGoals["upper-secondary"]})`, value: f.months(fig.upperSecondaryGoalMaxMonths) });
  }
  if (fig.otherGoalMaxMonths !== undefined) facts.push({ label: `${ui.maxMonths} (${marked.endGoals.other})`, value: f.months(fig.otherGoalMaxMonths) });
  if (fig.extensionMonths !== undefined) facts.push({ label: ui.extensionMonths, value: f.months(fig.extensionMonths) });
  if (fig.deadlineMonths !== undefined) facts.push({ label: ui.deadlineMonths, value: f.months(fig.deadlineMonths) });
  const ages = ageBand(fig.minAge, fig.maxAge, lang);
  if (ages) facts.push({ label: ui.ages, value: ages });
  if (fig.childrenUnderAge !== undefined) facts.push({ label: words.childrenUnder, value: words.years(fig.childrenUnderAge) });
  facts.push({ label: ui.grantPerParticipant, value: fig.grantNok ? f.nok(fig.grantNok) : ui.noGrantPerParticipant });
  facts.push({ label: "", value: rule.needsTested ? ui.needsTested : ui.notNeedsTested });
  facts.push(...amountFacts(rule.amounts ?? [], lang));
  return facts;
}

function amountFacts(amounts: GrantAmount[], lang: Lang): Fact[] {
  const pack = packFor(lang);
  const f = formatters(lang);
  return amounts.map((a) => ({ label: `${pack.amounts[a.id] ?? a.id}${a.year ? ` (${a.year})` : ""}`, value: f.nok(a.nok) }));
}

/** When a grant deadline falls, in words: a date, "within about 2 weeks of the grant letter", "January of the following year", "every quarter". */
export function deadlineWhen(d: Deadline, lang: Lang): string {
  const words = UI[lang].figureWords;
  const f = formatters(lang);
  const parts: string[] = [];
  if (d.date) parts.push(f.date(d.date));
  if (d.weeksAfterGrantLetter !== undefined) parts.push(words.weeksAfterLetter(d.weeksAfterGrantLetter));
  if (d.monthOfFollowingYear !== undefined) parts.push(words.monthOfFollowingYear(d.monthOfFollowingYear, packFor(lang).format.months[d.monthOfFollowingYear - 1] ?? ""));
  if (d.recurring) parts.push(words.recurring[d.recurring]);
  return parts.join(", ");
}

export function grantFacts(rule: GrantRule, lang: Lang): Fact[] {
  const pack = packFor(lang);
  const facts = amountFacts(rule.amounts, lang);
  if (rule.figures?.minParticipants !== undefined) facts.push({ label: UI[lang].figureWords.minParticipants, value: String(rule.figures.minParticipants) });
  for (const d of rule.deadlines) facts.push({ label: pack.deadlines[d.what], value: deadlineWhen(d, lang) });
  return facts;
}

export function validityFacts(rule: Rule, lang: Lang): Fact[] {
  const ui = UI[lang].rule;
  const f = formatters(lang);
  const facts: Fact[] = [];
  if (rule.validity.from) facts.push({ label: ui.validFrom, value: f.date(rule.validity.from) });
  if (rule.validity.to) facts.push({ label: ui.validTo, value: f.date(rule.validity.to) });
  if (rule.validity.announcedTo) facts.push({ label: ui.announcedTo, value: f.date(rule.validity.announcedTo) });
  const last = lastRelevantDate(rule);
  if (last && !rule.validity.to) facts.push({ label: ui.validTo, value: f.date(last) });
  return facts;
}

/** A rule's citations by their real names, with Lovdata and IMDi links where the catalog knows them. */
export function citations(rule: Rule, lang: Lang): CitationView[] {
  return rule.citations.map((c) => citationView(c, lang));
}

/** A scheme's allocations: municipality numbers with their name in the scheme's year, organisations by name (Norwegian). */
export function allocationRows(rule: GrantRule): Array<{ recipient: string; nok: number }> {
  const onDate = rule.validity.from ?? BUILD_DATE;
  return (rule.allocations ?? []).map((a) => {
    if (!/^\d{4}$/.test(a.recipient)) return { recipient: inLanguage(a.recipient, "nb"), nok: a.nok };
    const name = findByCode(a.recipient, onDate)?.name;
    return { recipient: name ? `${a.recipient} ${name}` : a.recipient, nok: a.nok };
  });
}
