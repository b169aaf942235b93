import { formatters, packFor } from "../i18n";
import { citationViewWith, sourceLabelWith, type CitationView } from "./citation";
import type { Citation, Lang, SeedId } from "./types";

/**
 * Sources by their real names in a language given by its tag (the Worker, the site, the API); the browser,
 * which loads one language's pack only, uses `./citation` with that pack.
 */

/** "IMDi's page “Integreringspakkene …”, last updated 18 November 2021" in the reader's language. */
export function sourceLabel(id: SeedId, lang: Lang): string {
  return sourceLabelWith(id, packFor(lang), formatters(lang));
}

/** A citation as a page shows it: the legal basis (Norwegian, marked) and the source by its real name. */
export function citationView(c: Citation, lang: Lang): CitationView {
  return citationViewWith(c, packFor(lang), formatters(lang));
}
