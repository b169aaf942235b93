import { inLanguage } from "../i18n/foreign";
import { formatters, packFor } from "../i18n";
import { SEEDS } from "./sources";
import type { Citation, Lang, SeedId } from "./types";

/**
 * Sources as a reader knows them: by their real names (IMDi's page, the ministry's letter, with the
 * date), linked where the catalog knows the address. A seed's file name is for the API and the sources
 * page only. Texts come back with the Norwegian titles and legal references marked (`[[nb:…]]`, see
 * `i18n/foreign.ts`): render them with `langSegments`/`langHtml`, or take `plainText`.
 */

/** "IMDi's page “Integreringspakkene …”, last updated 18 November 2021" in the reader's language. */
export function sourceLabel(id: SeedId, lang: Lang): string {
  const seed = SEEDS[id];
  return packFor(lang).sourceName({ kind: seed.kind, title: inLanguage(seed.title, "nb"), date: formatters(lang).date(seed.updated) });
}

/** The seed's public address, where the catalog knows it. */
export function sourceUrl(id: SeedId): string | undefined {
  return SEEDS[id].url;
}

/**
 * Acts whose Lovdata address the catalog knows, by the name a legal basis starts with. Only the acts whose
 * identifier the sources or the domain brief give are listed; a legal basis naming another act is not linked.
 */
export const LOVDATA_ACTS: ReadonlyArray<{ name: string; url: string }> = [
  // Integreringsloven, LOV-2020-11-06-127 (chapter 6A, §§ 9–16, § 27 and § 37 a/d are all in it).
  { name: "Integreringsloven", url: "https://lovdata.no/dokument/NL/lov/2020-11-06-127" },
];

export function legalBasisUrl(legalBasis: string): string | undefined {
  return LOVDATA_ACTS.find((a) => legalBasis.startsWith(a.name))?.url;
}

/** A citation as a page shows it: the legal basis (Norwegian, marked) and the source by its real name. */
export interface CitationView {
  legalBasis: string;
  legalBasisUrl?: string;
  source: string;
  sourceUrl?: string;
}

export function citationView(c: Citation, lang: Lang): CitationView {
  const law = legalBasisUrl(c.legalBasis);
  const url = sourceUrl(c.seed);
  return {
    legalBasis: inLanguage(c.legalBasis, "nb"),
    ...(law && { legalBasisUrl: law }),
    source: sourceLabel(c.seed, lang),
    ...(url && { sourceUrl: url }),
  };
}
