import { decisions as nb } from "./nb/decisions";
import { decisions as nn } from "./nn/decisions";
import type { DecisionStrings } from "./schema";

/**
 * Decision drafts are written in a municipality's administrative language: bokmål or nynorsk. Loaded by
 * the Worker's draft routes and, on click, by the browser's draft module — never by the checker's first load.
 */
export const DRAFT_LANGUAGES = ["nb", "nn"] as const;
export type DraftLang = (typeof DRAFT_LANGUAGES)[number];

export const DECISION_STRINGS: Record<DraftLang, DecisionStrings> = { nb, nn };

export type { DecisionStrings, DetailField } from "./schema";
export { DETAIL_FIELDS } from "./schema";
