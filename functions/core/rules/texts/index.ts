import type { Lang } from "../types";
import { en, enFormat } from "./en";
import { makeFormatters, type FormatSpec } from "./formatters";
import { nb, nbFormat } from "./nb";
import { nn, nnFormat } from "./nn";
import type { Formatters, LanguagePack } from "./pack";
import { uk, ukFormat } from "./uk";

/** Every language pack, keyed by language. Adding a language: a pack file and one line here. */
export const PACKS: Record<Lang, LanguagePack> = { nb, nn, en, uk };
const FORMATS: Record<Lang, FormatSpec> = { nb: nbFormat, nn: nnFormat, en: enFormat, uk: ukFormat };

const FORMATTERS = Object.fromEntries(
  Object.entries(PACKS).map(([lang, pack]) => [lang, makeFormatters(FORMATS[lang as Lang], pack)]),
) as Record<Lang, Formatters>;

export function packFor(lang: Lang): LanguagePack {
  return PACKS[lang] ?? nb;
}

export function formatters(lang: Lang): Formatters {
  return FORMATTERS[lang] ?? FORMATTERS.nb;
}

export type { LanguagePack, Formatters } from "./pack";
export type { ValidationCode } from "../validationCodes";
