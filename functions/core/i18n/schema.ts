import type { ComputedDeadline, ConditionCode, Miss, Reason } from "../rules/engine/determination";
import type {
  AmountLineId, DateWindow, Deadline, EndGoal, IsoDate, Kind, Lang, LegalBasis, Measure, NoteId, PersonField, ReportTemplateId, RuleGroup, RuleId, SeedId, SeedKind, Status, TextLineId,
} from "../rules/types";
import type { RuleFacts } from "../rules/ruleFacts";
import type { ValidationCode } from "../rules/validationCodes";
import type { ColumnKey, ColumnKind, IgnoredReason } from "../batch/columns";
import type { Encoding } from "../batch/encoding";
import type { PERSON_DEADLINE_KINDS } from "../rules/vocabulary";
import type { CHANGE_KINDS, CHANGE_PARTS } from "../rules/history/parts";

type ChangeKind = (typeof CHANGE_KINDS)[number];
type ChangePart = (typeof CHANGE_PARTS)[number];

type PersonDeadlineKind = (typeof PERSON_DEADLINE_KINDS)[number];

/**
 * The one schema of Rettsjekk's words, Starlight-style: every language has one home,
 * `functions/core/i18n/<lang>/`, whose files fill these types, so a missing string is a compile error.
 * The words are split by who loads them: `LanguagePack` (the Worker, the browser and the site),
 * `SiteStrings` (the static site only), `ToolStrings` (the calculators, `i18n/tools.ts`) and `ApiStrings`
 * (the API only), so no bundle carries another's words, and a page can import its own language's home
 * without the others.
 */

type Words<K extends string> = Record<K, string>;

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

/** The static site's own words (`<lang>/site.ts`): layout, pages and the participant-list page. */
export interface SiteStrings {
  serviceName: string;
  tagline: string;
  skipToContent: string;
  language: string;
  mainNav: string;
  nav: Words<"home" | "rules" | "checker" | "participants" | "report" | "search" | "grants">;
  home: Words<
    "title" | "lead" | "waysIn" | "publicTitle" | "publicText" | "caseworkerTitle" | "caseworkerText"
    | "reportTitle" | "reportText" | "currentTitle" | "currentText" | "historicalTitle" | "historicalText"
    | "topics"
  >;
  rule: Words<
    "historical" | "current" | "validFrom" | "validTo" | "announcedTo" | "legalBasis" | "source"
    | "interpretations" | "figures" | "maxMonths" | "minMonths" | "extensionMonths"
    | "grantPerParticipant" | "noGrantPerParticipant" | "needsTested" | "notNeedsTested" | "kind"
    | "window" | "participatingOn" | "participatingFrom" | "deadlineMonths" | "ages" | "appliesTo"
    | "conditions" | "deadlines" | "amounts" | "allRules" | "reportingRounds" | "sent" | "deadline"
    | "rate" | "lastChance" | "historicalNote" | "printHint"
  >;
  /** A figure's unit and wording on a rule page (the value comes from the catalog). */
  figureWords: FigureWords;
  grants: Words<
    "title" | "lead" | "vaccinationTable" | "municipality2022" | "municipalityToday" | "amount"
    | "statedTotal" | "listedSum" | "splitNote" | "organisations"
  >;
  timeline: Words<
    "title" | "lead" | "textEquivalent" | "measure" | "window" | "reportingDeadline" | "legend" | "programme" | "norwegian"
    | "openStart" | "reference" | "whichDate" | "participating"
  >;
  search: Words<"title" | "lead" | "noScript">;
  notFound: Words<"title" | "text" | "home">;
  footer: Words<"about" | "sources" | "rulesVersion" | "api" | "accessibility" | "privacy">;
  /** The accessibility statement (uustatus' structure) and the privacy statement. */
  statements: StatementStrings;
  topics: Record<RuleGroup, { title: string; lead: string }>;
  list: ListStrings;
  /** The rules' history page ("Endringer i regelverket", issue #14). */
  changes: Words<"title" | "lead" | "version" | "edition" | "first" | "none" | "current" | "textIn" | "before" | "after" | "api" | "receiptHint" | "note"> & {
    kinds: Record<ChangeKind, string>;
    parts: Record<ChangePart, string>;
  };
}

/** Who runs this installation: from wrangler.toml's [vars] at build time (site/lib/operator.ts). */
export interface Operator {
  name: string;
  email: string;
  /** True when [vars] leave the operator empty and a local demo default stands in (shown on the pages). */
  demo: boolean;
}

export interface StatementSection {
  heading: string;
  paragraphs: string[];
  items?: string[];
  /** Links the section points to (the operator's address, the supervisory authority). */
  links?: Array<{ text: string; href: string }>;
}

export interface Statement {
  title: string;
  lead: (o: Operator) => string;
  sections: (o: Operator) => StatementSection[];
}

export interface StatementStrings {
  accessibility: Statement;
  privacy: Statement;
  /** "Last updated" before the statement's review date. */
  updated: string;
  /** Shown on both statements while the operator is the demo default. */
  demoNotice: string;
}

export interface FigureWords {
  /** An age band from min up to but not including max, as the engine reads one (ageBetween): "fra fylte 18 år til fylte 67 år". */
  agesBetween: (min: number, max: number) => string;
  /** "under 25 år": the catalog's maxAge is the birthday from which a rule no longer applies. */
  agesUnder: (limit: number) => string;
  /** "25 år eller eldre". */
  agesFrom: (min: number) => string;
  /** Label of `childrenUnderAge`: "Gjelder deltakere med barn under". */
  childrenUnder: string;
  /** An age in years: "18 år". */
  years: (n: number) => string;
  /** Label of `minParticipants`. */
  minParticipants: string;
  /** "innen om lag 2 uker etter tilskuddsbrevet". */
  weeksAfterLetter: (n: number) => string;
  /** "januar året etter": the month's number (1–12) and its name as the language's dates write it. */
  monthOfFollowingYear: (month: number, name: string) => string;
  recurring: Record<"quarterly" | "yearly", string>;
  /** Heading and columns of a scheme's allocations. */
  allocations: string;
  recipient: string;
}

/**
 * The participant-list page. The page hands these to its script as JSON (only its own language), so the
 * counts are templates with `{name}` slots (filled by `fillTemplate`): `{ok}`, `{errors}`, `{row}`,
 * `{column}`, `{value}`, `{from}`, `{to}`, `{total}`, `{page}`, `{pages}`, `{done}`, `{date}`, `{header}`,
 * `{encoding}`, `{values}`, `{n}`.
 */
export interface ListStrings extends Words<
  | "title" | "lead" | "privacy" | "noNames" | "file" | "templates" | "templateNb" | "templateEn" | "noScript"
  | "asOf" | "asOfHint" | "asOfInvalid" | "assessedOn"
  | "progress" | "reading" | "evaluating" | "cancel" | "cancelled" | "failed"
  | "columnsTitle" | "encoding" | "recognisedTitle" | "recognisedLine" | "ignoredTitle" | "ignoredWarning" | "missing"
  | "summary" | "counted" | "rule" | "count" | "rate" | "amount" | "total" | "download" | "downloadXlsx" | "preparing"
  | "errors" | "errorsShow" | "errorValue" | "errorEmpty" | "moreErrors"
  | "results" | "filterRule" | "filterStatus" | "showing" | "row" | "ref" | "status" | "months" | "grant" | "previous" | "next" | "page"
  | "columnsDoc" | "columnsDocLead" | "docHeader" | "docAlso" | "docValues" | "docRequired"
  | "fileRow" | "fileErrors" | "fileStatus" | "fileMonths" | "fileGrant" | "fileTotal"
> {
  /** What each column holds (the page's table of columns). */
  columns: Record<ColumnKey, string>;
  /** What a column of each kind accepts, said as an instruction ("skriv ja eller nei"); `{values}` lists the accepted words. */
  allowed: Record<ColumnKind, string>;
  /** Why a column of the file is not read. */
  ignored: Record<IgnoredReason, string>;
  /** How the file's text was encoded, in the caseworker's terms. */
  encodings: Record<Encoding, string>;
  handOver: HandOverStrings;
}

/**
 * Handing the list's counts to the municipality's report (`<lang>/handOver.ts`): the list page's part and
 * the report form's part, which loads only these. Slots: `{n}`, `{rows}`, `{date}`, `{assessed}`.
 */
export type HandOverStrings = Words<
  | "title" | "lead" | "includeAssessed" | "includeAssessedHint" | "save" | "saved" | "goToReport" | "errorsLeftOut"
  | "waiting" | "filled" | "fromList" | "assessedLeftOut" | "assessedIncluded"
>;

/** The personal details a caseworker may type into a decision draft (in the browser only; the API leaves placeholders). */
export const DETAIL_FIELDS = ["name", "birthDate", "address", "caseNumber", "caseworker", "municipality"] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The measures a municipality decides by a decision letter (`core/drafts/decides.ts`). */
export type DecidedMeasure = Extract<
  Measure,
  "extended-programme" | "extended-norwegian" | "programme-duration" | "programme-extension" | "norwegian-training" | "decision-deadline"
>;

/**
 * The words of a decision-letter draft (`<lang>/decisions.ts`), in the municipalities' administrative
 * languages only (bokmål and nynorsk: `i18n/decisions.ts`). Never a figure: the draft takes every number,
 * date and legal basis from the catalog and the determination. Text in [brackets] is for the caseworker
 * to fill in or check.
 */
export interface DecisionStrings {
  notice: string;
  fillHint: string;
  detailLabels: Record<DetailField, string>;
  placeholders: Record<DetailField, string>;
  letterDate: string;
  letterDateFill: string;
  to: string;
  /** Label of the legal basis the person was assessed under, among the facts. */
  basis: string;
  /** What the decision is about, per measure: "utvidet programtid", "opplæring i norsk"… */
  subject: Record<DecidedMeasure, string>;
  title: (subject: string) => string;
  ruleLine: (ruleTitle: string, rule: string) => string;
  headings: Words<"decision" | "legalBasis" | "facts" | "reasons" | "wouldChange" | "interpretations" | "appeal" | "contact" | "receipt">;
  granted: (subject: string) => string;
  assess: (subject: string) => string;
  refused: (subject: string) => string;
  maxMonths: (months: string) => string;
  minMonths: (months: string) => string;
  extensionMonths: (months: string) => string;
  durationSet: string;
  durationFill: (maxMonths: string) => string;
  startSet: string;
  startFill: string;
  assessment: string;
  assessmentFill: string;
  assessmentResult: string;
  assessmentResultFill: (maxMonths: string) => string;
  assessmentResultFillNoMonths: string;
  failedConditions: string;
  assessedOn: (date: string) => string;
  legalBasisOf: string;
  source: (seed: string, file: string) => string;
  /** Appeal, by what the sources say for the rule's group (`core/drafts/appeal.ts`). */
  appealInformed: string;
  appealInformedSource: string;
  appealTemplateOnly: string;
  appealNone: string;
  appealFill: string;
  documentsFill: string;
  contact: string;
  contactFill: string;
  regards: string;
  receipt: (rulesVersion: string, date: string) => string;
  fileName: string;
}

/** The statuses the API gives a problem title of its own (RFC 9457: fixed per type and status). */
export type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 422 | 429 | 500 | 503;

/** The API's own words (`<lang>/api.ts`, in the languages the API answers in: `api.ts` beside this file). */
export interface ApiStrings {
  statusTitles: Record<ProblemStatus, string>;
  /** Title for a status with none of its own. */
  otherStatusTitle: string;
  /** Titles of Rettsjekk's own problem types (`PROBLEM_TYPES` in http/problem.ts). */
  typeTitles: Words<"validation">;
  details: Words<"validation" | "noEndpoint" | "storageFailure" | "roundClosed" | "badReceipt" | "crossSite" | "jsonRequired" | "loginLimited" | "keyReused" | "reportsClosed" | "noSuchRound"> & {
    bodyTooLarge: (kb: number) => string;
    /** A stale correction (412): someone sent a newer version first. */
    staleVersion: (latestVersion: number) => string;
    /** A report sent before the round opens; `opensAt` is already written in Norwegian time. */
    roundNotOpen: (opensAt: string) => string;
    /** A `since` that names no kept catalog version. */
    unknownVersion: (known: string) => string;
    /** A decision draft asked for a rule the municipality does not decide, or whose determination cannot be decided yet. */
    noDraft: (rule: string, why: "not-evaluated" | "not-a-decision" | "undecided") => string;
  };
  /** The contact register's row messages and warnings (`intake/contacts/`); dates come formatted as dd.mm.yyyy. */
  contacts: ContactStrings;
}

/** A municipality as the contact register's messages name it. */
type Named = { code: string; name: string };

export interface ContactStrings {
  /** Prefix for a CSV row's message: the spreadsheet's own row number. */
  row: (row: number) => string;
  noColumns: string;
  missingEmail: string;
  invalidEmail: (value: string) => string;
  invalidCode: (value: string) => string;
  unknownCode: (code: string) => string;
  renumbered: (from: Named, to: Named, on: string) => string;
  merged: (from: Named, to: Named, on: string) => string;
  split: (from: Named, to: Named[], on: string) => string;
  duplicate: (code: string, rows: number[]) => string;
  invalidLanguage: (value: string) => string;
  personLike: (email: string) => string;
  privateProvider: (email: string) => string;
  tooMany: (max: number) => string;
}

/** The kinds of number a municipality types into its report: each has its own words when it is wrong. */
export type ReportNumberKind = "count" | "places" | "months" | "nok";

/**
 * The municipality's report pages and their e-mails' shared words (`<nb|nn>/intake.ts`, gathered in
 * `i18n/intake.ts`): bokmål and nynorsk only, the municipalities' written standards. A municipality's
 * numbers, dates, rates and rule titles come from the data; `{epost}` is where IMDi's address goes (a
 * link on the pages). Never a figure typed here.
 */
export interface IntakeStrings {
  /** The written standard's own name on the switch ("Bokmål", "Nynorsk") and the switch's name. */
  languageName: string;
  languageChoice: string;
  loggedInFor: (code: string, name: string) => string;
  logout: string;
  pageTitle: (roundTitle: string, municipality: string) => string;
  landing: Words<"title" | "lead" | "noLink">;
  notFound: Words<"title" | "text">;
  loggedOut: Words<"title" | "text">;
  tooManyAttempts: string;
  tooManySubmissions: string;
  footer: Words<"about" | "questions">;
  heading: Words<"deadline" | "norwegianTime" | "calendar">;
  cooperation: string;
  countsOnly: string;
  /** The form. */
  form: Words<"versions" | "afterDeadline" | "closed" | "continue" | "reasonLabel" | "reasonHint" | "readRule" | "lastChance" | "needsTested" | "notNeedsTested" | "places" | "months" | "textHint" | "wholeKroner"> & {
    reported: (version: number, reference: string) => string;
    reportedText: (at: string) => string;
    seeReceipt: string;
    correctHint: string;
    versionItem: (version: number) => string;
    notOpen: (opensAt: string) => string;
    /** A count line's label: the rule's title with what to count. */
    countLine: (ruleTitle: string) => string;
    placesMonthsLine: (ruleTitle: string) => string;
    /** Who counts on a line, from the rule's windows and reference dates (already written as words). */
    whoStarted: (window: string) => string;
    whoEnded: (window: string) => string;
    whoTrainingEnded: (window: string) => string;
    stillInOn: (date: string) => string;
    stillInFrom: (date: string) => string;
    who: (parts: string) => string;
    ratePerParticipant: (nok: string) => string;
    ratePerPlaceMonth: (nok: string) => string;
    allocated: (nok: string) => string;
    maxLength: (n: number) => string;
    /** Amount and text lines, named in words. */
    lines: Record<AmountLineId | TextLineId, string>;
  };
  /** What a field says when its value cannot be used, by the kind of number it holds. */
  fields: Record<ReportNumberKind, { empty: string; decimal: string; notNumber: (value: string) => string; negative: string; tooLarge: (max: string) => string }> & {
    tooLong: (max: number) => string;
    reasonRequired: string;
    attest: string;
    summary: string;
  };
  check: Words<"title" | "change" | "reason" | "attestLegend" | "attestFirst" | "send" | "total" | "allocatedTotal" | "unused"> & {
    attestCorrection: (version: number) => string;
    participants: (n: number) => string;
    placesMonths: (places: number, months: number) => string;
    times: (rate: string, amount: string) => string;
  };
  sent: Words<"stale" | "keyReused" | "closed" | "back"> & { notOpen: (opensAt: string) => string };
  receipt: Words<"received" | "reference" | "municipality" | "round" | "receivedAt" | "version" | "late" | "reason" | "print" | "printHint" | "back" | "seeLatest"> & {
    replaced: (version: number, reference: string) => string;
  };
  /** The round's deadline as a calendar event (the report page's .ics and the e-mails' attachment). */
  calendar: Words<"name" | "fileName"> & {
    title: (roundTitle: string, code: string, name: string) => string;
    description: (deadline: string) => string;
    attached: string;
  };
}

/** How far a municipality's report has come in a round (the admin's status table and exports). */
export type ReportStatusWord = "reported" | "not-yet" | "late" | "corrected";

/** A municipality as the admin's messages name it. */
type NamedMunicipality = { code: string; name: string };

/**
 * IMDi's admin pages and exports (`nb/admin.ts`): in bokmål, as IMDi staff read them (like the API's
 * bokmål). Export column names are Norwegian and fixed, so a spreadsheet built on them keeps working.
 */
export interface AdminStrings {
  templates: Record<ReportTemplateId, string>;
  statuses: Record<ReportStatusWord, string>;
  rounds: Words<"title" | "contacts" | "none" | "newRound" | "round" | "deadline" | "progress"> & {
    progressText: (reported: number, asked: number) => string;
  };
  newRound: Words<
    | "template" | "title" | "titleHint" | "opens" | "closes" | "date" | "time" | "dateHint" | "timeHint" | "municipalities"
    | "municipalitiesHint" | "reminders" | "remindersHint" | "allowLate" | "allowLateHint" | "create" | "summary" | "norwegianTime"
  > & {
    errors: Words<"template" | "title" | "date" | "time" | "closesAfterOpens" | "municipalities" | "reminders" | "nationalId">;
    invalidCode: (value: string) => string;
    unknownCode: (code: string) => string;
    split: (from: NamedMunicipality, to: NamedMunicipality[], on: string) => string;
    mapped: (from: NamedMunicipality, to: NamedMunicipality, on: string) => string;
    mappedHeading: string;
  };
  round: Words<
    | "exportCsv" | "exportJson" | "notReportedCsv" | "deliveries" | "newLinks" | "back" | "filterAll" | "filterNotYet" | "filter"
    | "municipality" | "status" | "sum" | "link" | "count" | "places" | "months" | "kroner" | "total" | "linkLive" | "linkNone"
    | "reissue" | "revoke" | "noRows" | "exports" | "links" | "backToRound"
  > & {
    summary: (deadline: string, reported: number, notYet: number, sum: string) => string;
    showing: (shown: number, all: number) => string;
    revoked: (code: string, name: string) => string;
    sortBy: (column: string) => string;
  };
  links: Words<
    | "confirmAllTitle" | "confirmAll" | "cancel" | "shownTitle" | "shownWarning" | "download" | "copy" | "copied"
    | "csvLabel" | "goneTitle" | "goneText" | "confirmReissue" | "confirmRevoke" | "oneTitle" | "revokeTitle" | "notFound"
  > & {
    confirmAllText: (live: number, all: number) => string;
    made: (count: number, at: string) => string;
    reissueText: (code: string, name: string, live: boolean) => string;
    revokeText: (code: string, name: string) => string;
    fileName: (roundId: string) => string;
  };
  /** Column names and values of the payout export and the list of who has not reported. */
  export: Words<"code" | "name" | "status" | "version" | "reference" | "submittedAt" | "late" | "sum" | "unused" | "count" | "places" | "months" | "kroner" | "text" | "email" | "yes" | "no"> & {
    lines: Record<AmountLineId | TextLineId, string>;
  };
}
