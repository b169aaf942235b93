import { DECISION_STRINGS, type DetailField } from "../i18n/decisions";
import { formatters, packFor } from "../i18n";
import type { Formatters } from "../i18n/schema";
import { receiptCode } from "../receipt/receipt";
import { getRule } from "../rules/catalog";
import type { Determination } from "../rules/engine/determination";
import type { Person } from "../rules/schema";
import type { IsoDate, PersonField } from "../rules/types";
import { PERSON_FIELDS } from "../rules/vocabulary";
import { wordDetermination } from "../rules/wording";
import { APPEAL_BY_GROUP } from "./appeal";
import { DRAFT_OUTCOMES, isMunicipalDecision } from "./decides";

export { draftBlocker, type DraftBlocker } from "./decides";
import type { Block, Draft, DraftDetails, Receipt, Run } from "./model";
import type { DraftLang } from "../i18n/decisions";

export interface DraftInput {
  determination: Determination;
  /** The person as assessed: the facts of the letter are their values as given. */
  person: Person;
  asOf: IsoDate;
  lang: DraftLang;
  details?: DraftDetails;
  receipt?: Receipt;
}

/**
 * The draft of one determination: every figure, date, legal basis, condition and note from the catalog
 * and the determination, every word from the language's `decisions.ts` and `rules.ts`. Undefined when
 * `draftBlocker` says there is nothing to draft.
 */
export function draftFor(input: DraftInput): Draft | undefined {
  const { determination: d, person, asOf, lang, details = {}, receipt } = input;
  const rule = getRule(d.rule);
  const outcome = DRAFT_OUTCOMES[d.status];
  if (outcome === null || !isMunicipalDecision(rule)) return undefined;
  const s = DECISION_STRINGS[lang];
  const pack = packFor(lang);
  const f = formatters(lang);
  const w = wordDetermination(d, lang);
  const subject = s.subject[rule.measure];
  const detail = (field: DetailField): Run => {
    const typed = details[field]?.trim();
    return typed ? { text: typed } : { text: s.placeholders[field], fill: true };
  };
  const text = (t: string): Run[] => [{ text: t }];
  const months = (n: number | null) => (n === null ? undefined : f.months(n));
  const max = months(d.maxMonths);
  // A warning is shown at the top; it is not repeated among the interpretations.
  const notes = w.notes.filter((n) => !d.warnings.includes(n.id));

  const decision: Block[] = [{ kind: "paragraph", runs: text(outcome === "granted" ? s.granted(subject) : outcome === "assess" ? s.assess(subject) : s.refused(subject)) }];
  if (outcome === "refused") {
    decision.push({ kind: "paragraph", runs: text(s.failedConditions) }, { kind: "list", items: w.reasons.filter((r) => r.held === false).map((r) => text(r.text)) });
  } else {
    const figures = [
      d.minMonths !== null && s.minMonths(f.months(d.minMonths)),
      max && s.maxMonths(max),
      d.extensionMonths !== null && s.extensionMonths(f.months(d.extensionMonths)),
      ...w.deadlines.map((x) => x.text),
    ].filter((x): x is string => typeof x === "string");
    if (figures.length) decision.push({ kind: "list", items: figures.map(text) });
    if (outcome === "assess") {
      decision.push(
        { kind: "paragraph", runs: [{ text: s.assessment }, { text: s.assessmentFill, fill: true }] },
        { kind: "paragraph", runs: [{ text: s.assessmentResult }, { text: max ? s.assessmentResultFill(max) : s.assessmentResultFillNoMonths, fill: true }] },
      );
    } else {
      decision.push({ kind: "paragraph", runs: max ? [{ text: s.durationSet }, { text: s.durationFill(max), fill: true }] : [{ text: s.startSet }, { text: s.startFill, fill: true }] });
    }
  }

  const appeal = APPEAL_BY_GROUP[rule.group];
  const appealText: Block[] =
    appeal === "informed"
      ? [{ kind: "paragraph", runs: text(s.appealInformed) }, { kind: "paragraph", runs: text(s.appealInformedSource), small: true }]
      : appeal === "template-only"
        ? [{ kind: "paragraph", runs: text(s.appealTemplateOnly) }]
        : [{ kind: "paragraph", runs: text(s.appealNone) }];

  const blocks: Block[] = [
    { kind: "notice", runs: text(s.notice) },
    { kind: "paragraph", runs: text(s.fillHint), small: true },
    { kind: "paragraph", runs: [detail("municipality"), { text: ` · ${s.detailLabels.caseNumber}: ` }, detail("caseNumber"), { text: ` · ${s.letterDate}: ` }, { text: s.letterDateFill, fill: true }] },
    { kind: "paragraph", runs: [{ text: `${s.to}: ` }, detail("name"), { text: `, ${s.detailLabels.birthDate.toLowerCase()} ` }, detail("birthDate"), { text: ", " }, detail("address")] },
    { kind: "heading", level: 1, text: s.title(subject) },
    { kind: "paragraph", runs: text(s.ruleLine(w.title, d.rule)), small: true },
    ...w.warnings.map((n): Block => ({ kind: "notice", runs: text(n.text) })),
    { kind: "heading", level: 2, text: s.headings.decision },
    ...decision,
    { kind: "heading", level: 2, text: s.headings.legalBasis },
    { kind: "paragraph", runs: text(s.legalBasisOf) },
    { kind: "list", items: d.sources.map((x) => [{ text: x.legalBasis }, { text: ` ${s.source(pack.seeds[x.seed], x.file)}` }]) },
    { kind: "heading", level: 2, text: s.headings.facts },
    { kind: "list", items: [text(s.assessedOn(f.date(asOf))), text(`${s.basis}: ${pack.legalBases[person.legalBasis]}`), ...facts(person, f).map(([field, value]) => text(`${pack.fields[field]}: ${value}`))] },
    { kind: "heading", level: 2, text: s.headings.reasons },
    { kind: "list", items: w.reasons.map((r) => text(r.text)) },
    ...(outcome === "refused" && w.nearestMiss.length ? [{ kind: "heading", level: 3, text: s.headings.wouldChange } as const, { kind: "list", items: w.nearestMiss.map((m) => text(m.text)) } as const] : []),
    ...(notes.length ? [{ kind: "heading", level: 3, text: s.headings.interpretations } as const, { kind: "list", items: notes.map((n) => text(n.text)) } as const] : []),
    { kind: "heading", level: 2, text: s.headings.appeal },
    ...appealText,
    { kind: "paragraph", runs: [{ text: s.appealFill, fill: true }] },
    { kind: "paragraph", runs: [{ text: s.documentsFill, fill: true }] },
    { kind: "heading", level: 2, text: s.headings.contact },
    { kind: "paragraph", runs: [{ text: s.contact }, detail("caseworker"), { text: ", " }, { text: s.contactFill, fill: true }] },
    { kind: "paragraph", runs: [{ text: `${s.regards} ` }, detail("caseworker"), { text: ", " }, detail("municipality")] },
    ...(receipt
      ? [
          { kind: "heading", level: 2, text: s.headings.receipt } as const,
          { kind: "paragraph", runs: text(s.receipt(receipt.rulesVersion, f.date(receipt.asOf))), small: true } as const,
          { kind: "paragraph", runs: text(receiptCode(receipt)), small: true } as const,
        ]
      : []),
  ];
  return { lang, rule: d.rule, outcome, title: s.title(subject), fileName: `${s.fileName}-${d.rule}-${asOf}`, blocks };
}

/** The person's values as given, in the catalog's field order, worded for the letter. */
function facts(person: Person, f: Formatters): Array<[PersonField, string]> {
  const value: Record<PersonField, string | number | boolean | undefined> = {
    "programme.start": person.programme?.start,
    "programme.end": person.programme?.end,
    "norwegianTraining.rightAndDuty": person.norwegianTraining?.rightAndDuty,
    "norwegianTraining.end": person.norwegianTraining?.end,
    age: person.age,
    upperSecondary: person.upperSecondary,
    endGoal: person.endGoal,
    childrenUnder18: person.childrenUnder18,
    settled: person.settled,
    permitGranted: person.permitGranted,
  };
  return PERSON_FIELDS.flatMap((field): Array<[PersonField, string]> => {
    const v = value[field];
    if (v === undefined) return [];
    if (typeof v === "boolean") return [[field, f.yesNo(v)]];
    if (field === "endGoal") return [[field, f.endGoal(v as never)]];
    return [[field, typeof v === "number" ? String(v) : f.date(v)]];
  });
}


