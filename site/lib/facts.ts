import {
  CAREER_COUNTY_FUNDING, isHistorical, lastRelevantDate, listedAllocationSum, SEEDS, todayInOslo, type GrantRule, type Lang,
  type PersonRule, type Rule,
} from "../../functions/core/rules";
import { formatters, packFor } from "../../functions/core/i18n";
import { UI } from "../../functions/core/i18n/site";

/**
 * Everything a page says about a rule, with every figure rendered from the catalog by the language's
 * formatters: no date, month count or amount is typed into a page.
 */
export interface Fact {
  label: string;
  value: string;
}

/** The build date decides what is marked historical (the site is rebuilt on every deploy). */
export const BUILD_DATE = todayInOslo();

export function ruleText(rule: Rule, lang: Lang) {
  const pack = packFor(lang);
  return { title: pack.rules[rule.id].title, summary: pack.rules[rule.id].summary };
}

export function isRuleHistorical(rule: Rule): boolean {
  return isHistorical(rule, BUILD_DATE);
}

export function personRuleFacts(rule: PersonRule, lang: Lang): Fact[] {
  const ui = UI[lang].rule;
  const f = formatters(lang);
  const pack = packFor(lang);
  const facts: Fact[] = [{ label: ui.kind, value: pack.kinds[rule.kind] }];
  facts.push({ label: ui.appliesTo, value: rule.appliesTo.map((b) => pack.legalBases[b]).join(", ") });
  for (const [name, w] of Object.entries(rule.windows)) {
    if (!w || name === "permitGranted") continue;
    facts.push({ label: `${ui.window} (${windowLabel(name, lang)})`, value: f.window(w) });
  }
  if (rule.windows.permitGranted) facts.push({ label: pack.fields.permitGranted, value: f.window(rule.windows.permitGranted) });
  if (rule.referenceDates.participatingOn) facts.push({ label: ui.participatingOn, value: f.date(rule.referenceDates.participatingOn) });
  if (rule.referenceDates.participatingFrom) facts.push({ label: ui.participatingFrom, value: f.date(rule.referenceDates.participatingFrom) });
  const fig = rule.figures;
  if (fig.minMonths !== undefined) facts.push({ label: ui.minMonths, value: f.months(fig.minMonths) });
  if (fig.maxMonths !== undefined) facts.push({ label: ui.maxMonths, value: f.months(fig.maxMonths) });
  if (fig.extensionMonths !== undefined) facts.push({ label: ui.extensionMonths, value: f.months(fig.extensionMonths) });
  if (fig.deadlineMonths !== undefined) facts.push({ label: ui.deadlineMonths, value: f.months(fig.deadlineMonths) });
  if (fig.minAge !== undefined || fig.maxAge !== undefined) facts.push({ label: ui.ages, value: `${fig.minAge ?? 0}–${fig.maxAge ?? ""}` });
  facts.push({ label: ui.grantPerParticipant, value: fig.grantNok ? f.nok(fig.grantNok) : ui.noGrantPerParticipant });
  facts.push({ label: "", value: rule.needsTested ? ui.needsTested : ui.notNeedsTested });
  if (rule.id === "CAREER") {
    for (const c of CAREER_COUNTY_FUNDING) facts.push({ label: `${pack.amounts["career-county-funding"]} ${c.year}`, value: f.nok(c.nok) });
  }
  return facts;
}

export function grantFacts(rule: GrantRule, lang: Lang): Fact[] {
  const f = formatters(lang);
  const pack = packFor(lang);
  const facts: Fact[] = rule.amounts.map((a) => ({ label: `${pack.amounts[a.id] ?? a.id}${a.year ? ` (${a.year})` : ""}`, value: f.nok(a.nok) }));
  if (rule.id === "VACC-MUNI-2022") facts.push({ label: pack.amounts["vacc-muni-listed-sum"] ?? "", value: f.nok(listedAllocationSum(rule)) });
  for (const d of rule.deadlines) {
    const when = d.date ? f.date(d.date) : d.weeksAfterGrantLetter ? `~${d.weeksAfterGrantLetter}` : d.monthOfFollowingYear ? String(d.monthOfFollowingYear) : "";
    facts.push({ label: pack.deadlines[d.what], value: when });
  }
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

export function citations(rule: Rule, lang: Lang) {
  const pack = packFor(lang);
  return rule.citations.map((c) => ({ legalBasis: c.legalBasis, seedTitle: pack.seeds[c.seed], file: SEEDS[c.seed].file, updated: SEEDS[c.seed].updated }));
}

function windowLabel(name: string, lang: Lang): string {
  const fields = packFor(lang).fields;
  if (name === "programmeStart") return fields["programme.start"].toLowerCase();
  if (name === "programmeEnd") return fields["programme.end"].toLowerCase();
  if (name === "trainingEnd") return fields["norwegianTraining.end"].toLowerCase();
  return name;
}
