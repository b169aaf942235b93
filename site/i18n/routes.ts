import { LANGUAGES, type Lang } from "../../functions/core/rules";

/**
 * Site routes. Bokmål has no prefix; the other languages are /nn/, /en/, /uk/. Slugs are Norwegian and
 * the same in every language, so the language switcher only swaps the prefix.
 */
export const DEFAULT_LANG: Lang = "nb";

export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** The `lang` route param of `site/pages/[...lang]/…` (undefined for bokmål) as a language. */
export function langFromParam(param: string | undefined): Lang {
  return (LANGUAGES as readonly string[]).includes(param ?? "") ? (param as Lang) : DEFAULT_LANG;
}

/** getStaticPaths entries for one page in every language. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));
}

export { LANGUAGES, type Lang };
