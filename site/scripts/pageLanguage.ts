import { DEFAULT_LANG } from "../../functions/core/localePath";
import { LANGUAGES, type Lang } from "../../functions/core/rules/vocabulary";

/** The page's language, from `<html lang>` (Base.astro writes the pack's tag, which is the code). */
export function pageLanguage(): Lang {
  const lang = document.documentElement.lang;
  return LANGUAGES.find((l) => l === lang) ?? DEFAULT_LANG;
}
