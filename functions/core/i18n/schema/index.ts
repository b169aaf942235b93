import type { ComputedDeadline, ConditionCode, Miss, Reason } from "../../rules/engine/determination";
import type { RuleFacts } from "../../rules/ruleFacts";
import type {
  DateWindow, Deadline, EndGoal, IsoDate, Kind, Lang, LegalBasis, Measure, NoteId, PersonField, RuleGroup, RuleId, SeedId, SeedKind, Status,
} from "../../rules/types";
import type { ValidationCode } from "../../rules/validationCodes";
import type { PERSON_DEADLINE_KINDS } from "../../rules/vocabulary";
import type { DetailField } from "./decisions";
import type { Words } from "./words";

/**
 * The one schema of Rettsjekk's words, Starlight-style: every language has one home,
 * `functions/core/i18n/<lang>/`, whose files fill these types, so a missing string is a compile error.
 * The words are split by who loads them: `LanguagePack` (the Worker, the browser and the site, here),
 * `SiteStrings` (the static site only, `site.ts`), `ToolStrings` (the calculators, `i18n/tools.ts`),
 * `DecisionStrings` (decision-letter drafts, `decisions.ts`), and `ApiStrings` with the report and admin
 * pages' words (the Worker only, `worker.ts`), so no bundle carries another's words, and a page can
 * import its own language's home without the others. Every part is exported from here.
 */

export type { Words } from "./words";
export * from "./site";
export * from "./decisions";
export * from "./worker";

type PersonDeadlineKind = (typeof PERSON_DEADLINE_KINDS)[number];

/** What one language's home gives the Worker, the browser and the site (`<lang>/index.ts`). */
export interface LanguagePack extends RuleTexts {
  lang: Lang;
  /** The language's own name ("Norsk bokmål", "Українська"). */
  name: string;
  /** BCP 47 tag for `lang`/`hreflang` attributes. */
  tag: string;
  format: FormatSpec;
  checker: CheckerStrings;
}

/**
 * The caseworker's outputs on a checker result (`<lang>/outputs.ts`, gathered in `i18n/outputs.ts`): the
 * draft and calendar forms that work without JavaScript, the receipt line, and the calendar's event
 * titles. Not in `LanguagePack`, so the browser loads them with a result, not with the first question;
 * the on-click panel's own words are `CaseworkerStrings`.
 */
export type OutputStrings = Words<
  | "heading" | "lead" | "draftRule" | "draftLanguage" | "draftSubmit" | "noDraft" | "calendarReference" | "calendarReferenceHint"
  | "calendarSubmit" | "receipt" | "receiptHint" | "printHint" | "backToResult" | "calendarName" | "openPanel"
> & { deadlineKinds: Record<PersonDeadlineKind, string> };

/** The draft and calendar panel in the browser (`<lang>/caseworker.ts`), loaded on click, never in a first load. */
export type CaseworkerStrings = Words<
  | "detailsLegend" | "detailsHint" | "docx" | "print" | "close" | "listHeading" | "listLead" | "row" | "draftFor" | "rowCalendar"
  | "allCalendar" | "nothingToDraft" | "making"
> & { details: Record<DetailField, string> };

/** Everything the catalog says in words (`<lang>/rules.ts`). Never a figure: pages render those from the catalog. */
export interface RuleTexts {
  rules: Record<RuleId, { title: string; summary: string }>;
  notes: Record<NoteId, string>;
  measures: Record<Measure, string>;
  groups: Record<RuleGroup, string>;
  statuses: Record<Status, string>;
  /** Status wording for rules that give information or a duty rather than a right ("applies"). */
  statusesForInformation: Record<Status, string>;
  kinds: Record<Kind, string>;
  legalBases: Record<LegalBasis, string>;
  endGoals: Record<EndGoal, string>;
  fields: Record<PersonField, string>;
  seeds: Record<SeedId, string>;
  /**
   * A source by its real name: "IMDi's page «…», updated 18 November 2021". `title` is the document's own
   * (Norwegian) title, already marked as such; use `sourceLabel` (core/rules/sourceLabel.ts) rather than this.
   */
  sourceName: (s: { kind: SeedKind; title: string; date: string }) => string;
  /** Checklist items of the grant schemes, keyed by the condition ids in `catalog/grants.ts`. */
  grantConditions: Record<string, string>;
  /** Deadline kinds of the grant schemes (`Deadline["what"]` in types.ts). */
  deadlines: Record<Deadline["what"], string>;
  /** Labels of the grant amounts, keyed by `GrantAmount.id` in `catalog/grants.ts`. */
  amounts: Record<string, string>;
  /** One sentence saying whether the condition held, with the person's value and the rule's bound. */
  condition: Record<ConditionCode, (r: Reason, f: Formatters) => string>;
  /** What would have to be different for the failed condition to hold. */
  miss: Record<ConditionCode, (m: Miss, f: Formatters) => string>;
  deadline: (d: ComputedDeadline, f: Formatters) => string;
  /** Field-level validation messages (API, forms, the browser checker and the participant list). */
  validation: Record<ValidationCode, string>;
}

/**
 * Words that state a catalog figure are written as a function of the catalog, so the figure is typed once
 * (a window, an age, a number of participants). A rule's title or summary gets the rule's figures; a note
 * or a grant condition, which belongs to no one rule, gets a look-up. Each language's home turns these into
 * `RuleTexts`' strings once, when it loads (`resolve.ts`).
 */
export type RuleWords = string | ((rule: RuleFacts, f: Formatters) => string);
export type CatalogWords = string | ((rule: (id: RuleId) => RuleFacts, f: Formatters) => string);

/** What `<lang>/rules.ts` writes: `RuleTexts`, where the words that state a figure may be functions of the catalog. */
export interface RuleTextsSource extends Omit<RuleTexts, "rules" | "notes" | "grantConditions"> {
  rules: Record<RuleId, { title: RuleWords; summary: RuleWords }>;
  notes: Record<NoteId, CatalogWords>;
  grantConditions: Record<string, CatalogWords>;
}

/**
 * Formatting per language, written out rather than taken from Intl locale data, which not every runtime
 * (Workers, older browsers) carries for nn and uk.
 */
export interface FormatSpec {
  months: string[];
  /** Day-month-year order and punctuation. */
  date: (day: number, month: string, year: number) => string;
  thousands: string;
  nok: (amount: string) => string;
  monthCount: (n: number) => string;
  /** "1 dag", "3 dager": a count of days with its plural. */
  dayCount: (n: number) => string;
  windowText: (from: string | undefined, to: string | undefined, toInclusive: boolean) => string;
  yes: string;
  no: string;
}

/** A language's formatters, made from its `FormatSpec` and words (`formatters.ts`). */
export interface Formatters {
  /** "15. august 2019" / "15 August 2019". */
  date(d: IsoDate): string;
  /** A window with its ends spelled out: "from 1 July 2019 up to but not including 1 January 2020". */
  window(w: DateWindow): string;
  /** "45 000 kr" / "NOK 45,000". */
  nok(n: number): string;
  months(n: number): string;
  days(n: number): string;
  endGoal(g: EndGoal): string;
  field(f: PersonField): string;
  yesNo(b: boolean): string;
}

/** The checker's own words (`<lang>/checker.ts`); rule and field wording comes from `RuleTexts`. */
export interface CheckerStrings extends Words<
  | "title" | "intro" | "privacy" | "legalBasisQuestion" | "dateHint" | "dateError" | "yes" | "no" | "dontKnow"
  | "dontKnowDate" | "continue" | "back" | "startAgain" | "checkAnswers" | "change" | "seeResult" | "resultTitle" | "why"
  | "whatWouldChange" | "interpretations" | "sources" | "nextStep" | "nextStepText" | "print" | "errorTitle" | "notAnswered"
  | "protectionQuestion" | "basisUnknownTitle" | "basisUnknownText" | "summaryTitle" | "rightsNow" | "assessed"
  | "municipalityMust" | "youMust" | "goodToKnow" | "notYours" | "undecided" | "nothingNow" | "deadlinePassed"
  | "chapter6ATitle" | "chapter6AText" | "yourAnswers" | "detailsTitle" | "notApplicableTitle" | "earlierTitle" | "earlierWhy"
  | "readRule"
> {
  /** One line per question: why it is asked and where to find the answer (the decision letter, the permit card). */
  help: Record<CheckerQuestion, string>;
  /** "Were you settled in a municipality before {date}?" (the date from the catalog). */
  settledBeforeQuestion: (date: string) => string;
  /** "Was your residence permit granted on {date} or later?" (the date from the catalog, never typed). */
  permitWindowQuestion: (date: string) => string;
  permitInWindow: (date: string) => string;
  permitBeforeWindow: (date: string) => string;
  /** The legal basis worked out from the answers to the questions above. */
  basisWorkedOut: (basis: string) => string;
  months: (n: number) => string;
  monthsRange: (min: number, max: number) => string;
  extension: (n: number) => string;
  within: (months: string) => string;
  grant: (nok: string) => string;
  assessedOn: (date: string) => string;
  rulesVersion: (version: string) => string;
  /** "{fields}: we need this to tell you about {rules}." */
  undecidedItem: (fields: string, rules: string) => string;
  /** Chapter 6A does not apply: the permit was granted before the window's first day (`permit` if the exact date is known). */
  chapter6APermit: (from: string, permit?: string) => string;
  /** Chapter 6A does not apply: it came into force after the assessment date. */
  chapter6ANotInForce: (from: string) => string;
  /** A permit answered as "on or after the date" / "before the date" instead of an exact date. */
  permitAnswered: (inWindow: boolean, from: string) => string;
  endedOn: (date: string) => string;
  /** Status wording for a rule whose period has ended: never "Entitled" in green for something that has ended. */
  historicalStatuses: Record<Status, string>;
  detailGroups: Record<DetailGroupName, string>;
}

/** The checker's questions beyond the person's fields: the legal basis and the two that work it out. */
export type CheckerQuestion = "legalBasis" | "protection" | "settledBefore" | PersonField;
export type DetailGroupName = "programme" | "norwegian" | "plan" | "money";

/** Words of the grant calculators (`<lang>/tools.ts`); conditions, amounts and rule titles come from `RuleTexts`. */
export type ToolStrings = Words<
  | "title" | "lead" | "places" | "months" | "calculate" | "result" | "conditions" | "deadlinePassed" | "lookup"
  | "search" | "noMatch" | "notInTable" | "amount"
>;
