import type { Lang } from "../../functions/core/rules";

/** Every UI string of the site, per language. A missing string is a compile error. */
export interface Ui {
  serviceName: string;
  tagline: string;
  skipToContent: string;
  language: string;
  mainNav: string;
  nav: { home: string; rules: string; checker: string; participants: string; report: string; search: string; grants: string };
  home: {
    title: string;
    lead: string;
    waysIn: string;
    publicTitle: string;
    publicText: string;
    caseworkerTitle: string;
    caseworkerText: string;
    reportTitle: string;
    reportText: string;
    currentTitle: string;
    currentText: string;
    historicalTitle: string;
    historicalText: string;
    topics: string;
  };
  rule: {
    historical: string;
    current: string;
    validFrom: string;
    validTo: string;
    announcedTo: string;
    legalBasis: string;
    source: string;
    interpretations: string;
    figures: string;
    maxMonths: string;
    minMonths: string;
    extensionMonths: string;
    grantPerParticipant: string;
    noGrantPerParticipant: string;
    needsTested: string;
    notNeedsTested: string;
    kind: string;
    window: string;
    participatingOn: string;
    participatingFrom: string;
    deadlineMonths: string;
    ages: string;
    appliesTo: string;
    conditions: string;
    deadlines: string;
    amounts: string;
    allRules: string;
    reportingRounds: string;
    sent: string;
    deadline: string;
    rate: string;
    lastChance: string;
    historicalNote: string;
    printHint: string;
  };
  grants: {
    title: string;
    lead: string;
    vaccinationTable: string;
    municipality2022: string;
    municipalityToday: string;
    amount: string;
    statedTotal: string;
    listedSum: string;
    splitNote: string;
    organisations: string;
  };
  timeline: { title: string; lead: string; textEquivalent: string; measure: string; window: string; reportingDeadline: string };
  search: { title: string; lead: string; noScript: string };
  notFound: { title: string; text: string; home: string };
  footer: { about: string; sources: string; rulesVersion: string; api: string };
  topics: Record<"covid" | "collective-protection" | "ordinary" | "grant", { title: string; lead: string }>;
}

import { en } from "./ui.en";
import { nb } from "./ui.nb";
import { nn } from "./ui.nn";
import { uk } from "./ui.uk";

export const UI: Record<Lang, Ui> = { nb, nn, en, uk };
