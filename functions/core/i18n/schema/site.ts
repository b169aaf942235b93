import type { ColumnKey, ColumnKind, IgnoredReason } from "../../batch/columns";
import type { Encoding } from "../../batch/encoding";
import type { CHANGE_KINDS, CHANGE_PARTS } from "../../rules/history/parts";
import type { RuleGroup } from "../../rules/types";
import type { Words } from "./words";

type ChangeKind = (typeof CHANGE_KINDS)[number];
type ChangePart = (typeof CHANGE_PARTS)[number];

/**
 * The static site's own words (`<lang>/site.ts`, gathered by `i18n/site.ts`): layout, pages and the
 * participant-list page. Never in the Worker's bundle.
 */
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
