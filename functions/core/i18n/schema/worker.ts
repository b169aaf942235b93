import type { AmountLineId, ReportTemplateId, TextLineId } from "../../rules/types";
import type { Words } from "./words";

/**
 * The Worker's own words: the API's problem texts, the contact register's messages, the municipality's
 * report pages and IMDi's admin pages. Never in a browser bundle.
 */

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
