import { decisions as nb } from "./nb/decisions";
import { decisions as nn } from "./nn/decisions";
import type { DraftLang } from "./draftLanguages";
import type { DecisionStrings } from "./schema";

/** The drafts' words: loaded by the Worker's draft routes and, on click, by the browser's draft module — never by a first load. */
export { DRAFT_LANGUAGES, type DraftLang } from "./draftLanguages";

export const DECISION_STRINGS: Record<DraftLang, DecisionStrings> = { nb, nn };

export type { DecisionStrings, DetailField } from "./schema";
export { DETAIL_FIELDS } from "./schema";
