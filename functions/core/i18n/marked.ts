import type { Lang } from "../rules/types";
import { ruleTexts as en } from "./en/rules";
import { PACKS } from "./index";
import { ruleTexts as nb } from "./nb/rules";
import { ruleTexts as nn } from "./nn/rules";
import { resolveRuleTexts } from "./resolve";
import type { RuleTexts, RuleTextsSource } from "./schema";
import { ruleTexts as uk } from "./uk/rules";

/**
 * The catalog's words with their Norwegian passages still marked (`[[nb:…]]`), for pages that render
 * them with `lang` (the site through `langSegments`, the Worker's pages through `langHtml`). The language
 * packs hold the same words as plain text.
 */
const SOURCES: Record<Lang, RuleTextsSource> = { nb, nn, en, uk };
const cache = new Map<Lang, RuleTexts>();

export function markedRuleTexts(lang: Lang): RuleTexts {
  if (!cache.has(lang)) cache.set(lang, resolveRuleTexts(SOURCES[lang], PACKS[lang].format, true));
  return cache.get(lang)!;
}
