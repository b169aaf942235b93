import { DEFAULT_LANG, localePath } from "../../functions/core/localePath";
import { LANGUAGES, type Lang } from "../../functions/core/rules";

// Site routes. The path per language is the core's `localePath`, shared with the Worker's pages.

/** The `lang` route param of `site/pages/[...lang]/…` (undefined for bokmål) as a language. */
export function langFromParam(param: string | undefined): Lang {
  return (LANGUAGES as readonly string[]).includes(param ?? "") ? (param as Lang) : DEFAULT_LANG;
}

/** getStaticPaths entries for one page in every language. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));
}

export { DEFAULT_LANG, LANGUAGES, localePath, type Lang };
