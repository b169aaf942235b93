import { inLanguage } from "../i18n/foreign";
import type { Formatters, LanguagePack } from "../i18n/schema";
import { SEEDS } from "./sources";
import type { Citation, SeedId } from "./types";

/**
 * Sources as a reader knows them: by their real names (IMDi's page, the ministry's letter, with the
 * date), linked where the catalog knows the address. A seed's file name is for the API and the sources
 * page only. Texts come back with the Norwegian titles and legal references marked (`[[nb:…]]`, see
 * `i18n/foreign.ts`): render them with `langSegments`/`langHtml`, or take `plainText`.
 */

/** `sourceLabel` with one language's pack, for the browser, which loads only its own language. */
export function sourceLabelWith(id: SeedId, pack: LanguagePack, f: Formatters): string {
  const seed = SEEDS[id];
  return pack.sourceName({ kind: seed.kind, title: inLanguage(seed.title, "nb"), date: f.date(seed.updated) });
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

/** `citationView` with one language's pack (the checker's result in the browser). */
export function citationViewWith(c: Pick<Citation, "seed" | "legalBasis">, pack: LanguagePack, f: Formatters): CitationView {
  const law = legalBasisUrl(c.legalBasis);
  const url = sourceUrl(c.seed);
  return {
    legalBasis: inLanguage(c.legalBasis, "nb"),
    ...(law && { legalBasisUrl: law }),
    source: sourceLabelWith(c.seed, pack, f),
    ...(url && { sourceUrl: url }),
  };
}
