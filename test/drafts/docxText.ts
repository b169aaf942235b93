import { strFromU8, unzipSync } from "fflate";

/** The paragraphs of a .docx as text (runs joined), and which runs are highlighted. */
export function docxParagraphs(bytes: Uint8Array): { text: string[]; highlighted: string[] } {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
  const unescape = (s: string) => s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&apos;", "'").replaceAll("&amp;", "&");
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => unescape([...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))).filter(Boolean);
  const highlighted = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!));
  return { text, highlighted };
}
