import { DEFAULT_LANG } from "../localePath";
import type { Lang } from "../rules/types";
import { en } from "./en";
import { makeFormatters } from "./formatters";
import { nb } from "./nb";
import { nn } from "./nn";
import type { Formatters, LanguagePack } from "./schema";
import { uk } from "./uk";

/**
 * Every language's pack, for the Worker and the site. A browser page that needs only its own language
 * imports that home (`./nb`, `./uk`…) instead of this module. Adding a language: its home and one line here.
 */
export const PACKS: Record<Lang, LanguagePack> = { nb, nn, en, uk };

const FORMATTERS = Object.fromEntries(Object.entries(PACKS).map(([lang, pack]) => [lang, makeFormatters(pack)])) as Record<Lang, Formatters>;

export function packFor(lang: Lang): LanguagePack {
  return PACKS[lang] ?? PACKS[DEFAULT_LANG];
}

export function formatters(lang: Lang): Formatters {
  return FORMATTERS[lang] ?? FORMATTERS[DEFAULT_LANG];
}

export type { LanguagePack, Formatters } from "./schema";
