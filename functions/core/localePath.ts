import type { Lang } from "./rules/types";

/**
 * Page paths per language, for the site, the Worker's pages and the browser alike. Bokmål has no prefix;
 * the other languages are /nn/, /en/, /uk/. Slugs are Norwegian and the same in every language, so the
 * language switcher only swaps the prefix.
 */
export const DEFAULT_LANG: Lang = "nb";

export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}
