/**
 * The API's .docx: the core's draft model written as WordprocessingML and zipped with fflate. The
 * browser writes its .docx with the `docx` library (site/scripts/caseworker/docx.ts), which at about
 * 65 KB gzip does not fit the Worker's 250 KiB budget; this writer is a few lines over the same model,
 * and test/drafts/docx.test.ts holds both to the same paragraphs. Real headings (Heading1–3 styles),
 * real bullet lists (numbering.xml), fields to fill highlighted, the document language set.
 */
import { strToU8, zipSync } from "fflate";
import { escapeHtml } from "../core/html";
import type { Block, Draft, Run } from "../core/drafts/model";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
// Word's own element text escaping is XML's; the HTML escaper covers the same five characters.
const t = (text: string) => `<w:t xml:space="preserve">${escapeHtml(text)}</w:t>`;

function run(r: Run, extra = ""): string {
  const props = `${r.fill ? '<w:highlight w:val="yellow"/>' : ""}${extra}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}${t(r.text)}</w:r>`;
}

function paragraph(runs: Run[], pPr = "", rPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs.map((r) => run(r, rPr)).join("")}</w:p>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return paragraph([{ text: b.text }], `<w:pStyle w:val="Heading${b.level}"/>`);
    case "paragraph":
      return paragraph(b.runs, "", b.small ? '<w:sz w:val="18"/>' : "");
    case "list":
      return b.items.map((item) => paragraph(item, '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')).join("");
    case "notice":
      return paragraph(b.runs, '<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="B45309"/><w:bottom w:val="single" w:sz="8" w:space="4" w:color="B45309"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FEF3C7"/>', "<w:b/>");
  }
}

const heading = (level: number, size: number) =>
  `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;

export function draftDocx(draft: Draft): Uint8Array<ArrayBuffer> {
  const lang = draft.lang === "nn" ? "nn-NO" : "nb-NO";
  const files: Record<string, string> = {
    "[Content_Types].xml": xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ),
    "_rels/.rels": xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ),
    "docProps/core.xml": xml(
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeHtml(draft.title)}</dc:title><dc:language>${lang}</dc:language><dc:creator>Rettsjekk</dc:creator></cp:coreProperties>`,
    ),
    "word/_rels/document.xml.rels": xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    ),
    "word/styles.xml": xml(
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${heading(1, 32)}${heading(2, 26)}${heading(3, 22)}<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style></w:styles>`,
    ),
    "word/numbering.xml": xml(
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ),
    "word/document.xml": xml(`<w:document ${W}><w:body>${draft.blocks.map(block).join("")}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`),
  };
  const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6, mtime: new Date("2026-01-01T00:00:00Z") });
  // fflate types its output over ArrayBufferLike; it is a plain ArrayBuffer.
  return new Uint8Array(zipped.buffer as ArrayBuffer, zipped.byteOffset, zipped.byteLength);
}
