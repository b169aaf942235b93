/**
 * Language negotiation. Error messages exist in bokmål and English (`pickLanguage`); rule texts exist in
 * every site language, `LANGUAGES` (`answerLanguage`). Bokmål is the default for both.
 */
import { LANGUAGES, type Lang } from "../core/rules/types";

export type ApiLanguage = Extract<Lang, "nb" | "en">;
export type AnswerLanguage = Lang;

export const DEFAULT_LANGUAGE: ApiLanguage = "nb";

const API_TAGS: Record<string, ApiLanguage> = { nb: "nb", nn: "nb", no: "nb", en: "en" };
// Every site language by its own tag, and "no" (Norwegian, unspecified) as bokmål.
const ANSWER_TAGS: Record<string, AnswerLanguage> = { ...Object.fromEntries(LANGUAGES.map((l) => [l, l])), no: "nb" };

/** Picks nb or en from an Accept-Language header value, honouring q-values; nb when nothing fits. */
export function pickLanguage(acceptLanguage: string | null | undefined): ApiLanguage {
  return negotiate(acceptLanguage, API_TAGS, DEFAULT_LANGUAGE);
}

/** Picks the language for rule texts: nb, nn, en or uk; nb when nothing fits. */
export function answerLanguage(acceptLanguage: string | null | undefined): AnswerLanguage {
  return negotiate(acceptLanguage, ANSWER_TAGS, "nb");
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
