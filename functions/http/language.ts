/**
 * Language negotiation. Rule texts exist in every site language (`answerLanguage`, from `LANGUAGES`); the
 * API's own error messages exist in the languages with an `api.ts` in their home (`pickLanguage`, from
 * `API_LANGUAGES`: bokmål and English). Bokmål is the default for both.
 */
import { API_LANGUAGES, type ApiLanguage } from "../core/i18n/api";
import { DEFAULT_LANG } from "../core/localePath";
import { LANGUAGES, type Lang } from "../core/rules/types";

export type { ApiLanguage };
export type AnswerLanguage = Lang;

/** Bokmål, as for the rule texts (`DEFAULT_LANG`): it has an `api.ts`. */
const DEFAULT_API_LANGUAGE: ApiLanguage = "nb";

// Norwegian readers get bokmål where there is no text of their own: for the macro tag "no" always, and
// for nynorsk in the API's error messages.
const API_TAGS: Record<string, ApiLanguage> = { ...selfTags(API_LANGUAGES), no: DEFAULT_API_LANGUAGE, nn: DEFAULT_API_LANGUAGE };
const ANSWER_TAGS: Record<string, AnswerLanguage> = { ...selfTags(LANGUAGES), no: DEFAULT_LANG };

function selfTags<T extends string>(languages: readonly T[]): Record<string, T> {
  return Object.fromEntries(languages.map((l) => [l, l]));
}

/** Picks the language of the API's own messages from an Accept-Language header, honouring q-values; nb when nothing fits. */
export function pickLanguage(acceptLanguage: string | null | undefined): ApiLanguage {
  return negotiate(acceptLanguage, API_TAGS, DEFAULT_API_LANGUAGE);
}

/** Picks the language for rule texts (any of `LANGUAGES`); nb when nothing fits. */
export function answerLanguage(acceptLanguage: string | null | undefined): AnswerLanguage {
  return negotiate(acceptLanguage, ANSWER_TAGS, DEFAULT_LANG);
}

function negotiate<T extends string>(acceptLanguage: string | null | undefined, tags: Record<string, T>, fallback: T): T {
  if (!acceptLanguage) return fallback;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    // Highest weight first; the header's own order breaks ties.
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { primary } of ranges) {
    // Own keys only: "__proto__" or "constructor" in a header must not reach Object.prototype.
    if (Object.hasOwn(tags, primary)) return tags[primary]!;
  }
  return fallback;
}
