/**
 * Decision drafts are written in a municipality's administrative language: bokmål or nynorsk. On its
 * own (no imports), so a page can offer the choice without loading the drafts' words.
 */
export const DRAFT_LANGUAGES = ["nb", "nn"] as const;
export type DraftLang = (typeof DRAFT_LANGUAGES)[number];
