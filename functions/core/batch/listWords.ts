import { packFor } from "../i18n";
import { UI } from "../i18n/site";
import { RULE_IDS } from "../rules/vocabulary";
import type { Lang } from "../rules/types";
import type { ListWords } from "./words";

/**
 * The participant-list page's words in one language, gathered from the packs at build time (the page
 * writes them into its HTML as JSON; the tests use them too). The browser never loads this module.
 */
export function listWords(lang: Lang): ListWords {
  const pack = packFor(lang);
  return {
    list: UI[lang].list,
    rules: Object.fromEntries(RULE_IDS.map((id) => [id, pack.rules[id].title])) as ListWords["rules"],
    statuses: pack.statuses,
    statusesForInformation: pack.statusesForInformation,
    validation: pack.validation,
    nok: pack.format.nok("{n}"),
    thousands: pack.format.thousands,
  };
}
