import { html, type Html } from "../html";

/**
 * Passages in another language inside a text (WCAG 3.1.2, language of parts): a Norwegian term in an
 * English or Ukrainian sentence is written `[[nb:introduksjonsprogram]]`, and a whole legal reference
 * (the catalog's legal bases and document titles are Norwegian) is marked with `inLanguage`. Renderers
 * turn a mark into `<span lang="nb">` (`langSegments` for Astro, `langHtml` for the Worker's pages);
 * everything that is not markup (the API's JSON, CSV, <title>, aria-label) takes `plainText`.
 */

const MARK = /\[\[([a-z]{2,3}):([^\]]*)\]\]/g;

export interface Segment {
  text: string;
  /** BCP 47 tag of a passage in another language than the page's; absent for the page's own. */
  lang?: string;
}

/** Marks a whole text as written in `lang` (a legal reference, a document's own title). */
export function inLanguage(text: string, lang: string): string {
  return text === "" ? "" : `[[${lang}:${text}]]`;
}

/** The text as it reads, marks removed. */
export function plainText(text: string): string {
  return text.replace(MARK, (_, _lang: string, passage: string) => passage);
}

/**
 * The text cut into passages, each with its language when it differs from the page's. A bokmål mark on a
 * bokmål page is no change of language; on a nynorsk page it is (nb ≠ nn).
 */
export function langSegments(text: string, pageLang: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    const [, lang = "", passage = ""] = m;
    out.push(lang === pageLang ? { text: passage } : { text: passage, lang });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  // Neighbours in the page's language join again, so a text without marks is one segment.
  return out.reduce<Segment[]>((acc, s) => {
    const prev = acc[acc.length - 1];
    if (prev && prev.lang === undefined && s.lang === undefined) prev.text += s.text;
    else acc.push({ ...s });
    return acc;
  }, []);
}

/** The text as escaped HTML for the Worker's pages, each foreign passage in `<span lang>`. */
export function langHtml(text: string, pageLang: string): Html {
  return html`${langSegments(text, pageLang).map((s) => (s.lang ? html`<span lang="${s.lang}">${s.text}</span>` : s.text))}`;
}
