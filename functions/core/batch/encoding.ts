/**
 * The text of a spreadsheet export, whatever Excel saved it as. "CSV UTF-8" starts with a byte-order
 * mark; "CSV (semikolondelt)" from older Excel is Windows-1252, where "å" is one byte that is not valid
 * UTF-8; "Unicode-tekst" is UTF-16 with its mark. So: a BOM decides; else a strict UTF-8 decode, and
 * if that fails, Windows-1252 (which decodes any bytes). Never a silent U+FFFD in a header.
 */
export const ENCODINGS = ["utf-8", "windows-1252", "utf-16le", "utf-16be"] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Whether the file began with a byte-order mark (removed from `text`). */
  bom: boolean;
}

const BOMS: Array<{ bytes: number[]; encoding: Encoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

export function decodeText(bytes: Uint8Array): DecodedText {
  for (const { bytes: mark, encoding } of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { text: new TextDecoder(encoding).decode(bytes.subarray(mark.length)), encoding, bom: true };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252", bom: false };
  }
}
