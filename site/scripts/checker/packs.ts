import type { LanguagePack } from "../../../functions/core/i18n/schema";
import type { Lang } from "../../../functions/core/rules/vocabulary";

/**
 * One language's words, loaded on their own: the checker's page loads its own language only, and another
 * language comes with that language's page (issue 17: the first load stays small). A full record, so a new
 * language does not compile until it has a line here.
 */
export const LOAD_PACK: Record<Lang, () => Promise<LanguagePack>> = {
  nb: () => import("../../../functions/core/i18n/nb").then((m) => m.nb),
  nn: () => import("../../../functions/core/i18n/nn").then((m) => m.nn),
  en: () => import("../../../functions/core/i18n/en").then((m) => m.en),
  uk: () => import("../../../functions/core/i18n/uk").then((m) => m.uk),
};
