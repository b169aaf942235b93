/**
 * The browser's .docx of a decision draft, with the `docx` library: the core's draft model as real
 * headings, bullet lists, highlighted fields to fill and a boxed notice, the document language set.
 * Loaded on click (about 65 KB gzip): the checker's and the list's first loads never carry it. The API
 * writes the same model with a small writer of its own (functions/decisions/docx.ts); a test holds the
 * two to the same paragraphs.
 */
import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, TextRun } from "docx";
import type { Block, Draft, Run } from "../../../functions/core/drafts/model";

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const NOTICE_BORDER = { style: BorderStyle.SINGLE, size: 8, space: 4, color: "B45309" } as const;

const runs = (rs: Run[], extra: { size?: number; bold?: boolean } = {}) =>
  rs.map((r) => new TextRun({ text: r.text, ...extra, ...(r.fill && { highlight: "yellow" as const }) }));

function paragraphs(b: Block): Paragraph[] {
  switch (b.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(b.text)] })];
    case "paragraph":
      return [new Paragraph({ children: runs(b.runs, b.small ? { size: 18 } : {}) })];
    case "list":
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case "notice":
      return [
        new Paragraph({
          children: runs(b.runs, { bold: true }),
          border: { top: NOTICE_BORDER, bottom: NOTICE_BORDER },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: "FEF3C7" },
        }),
      ];
  }
}

export function draftDocument(draft: Draft): Document {
  return new Document({
    title: draft.title,
    creator: "Rettsjekk",
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: draft.lang === "nn" ? "nn-NO" : "nb-NO" } } } } },
    sections: [{ children: draft.blocks.flatMap(paragraphs) }],
  });
}

export function draftDocxBlob(draft: Draft): Promise<Blob> {
  return Packer.toBlob(draftDocument(draft));
}
