import type { Receipt } from "./schema";

/** One line for print and copy (no imports, so a page can show a receipt without the hashing code): `rk1:<rules version>:<catalog>:<assessment date>:<input>:<outcome>`. */
export function receiptCode(r: Receipt): string {
  return `rk1:${r.rulesVersion}:${r.catalogHash}:${r.asOf}:${r.inputHash}:${r.outcomeHash}`;
}

/** The receipt as one line of text, as printed on results and drafts: accepted wherever a receipt is. */
const RECEIPT_CODE = /^rk1:([^:\s]{1,60}):([0-9a-f]{32}):(\d{4}-\d{2}-\d{2}):([0-9a-f]{32}):([0-9a-f]{32})$/;

export function parseReceiptCode(code: string): Receipt | undefined {
  const m = RECEIPT_CODE.exec(code.trim());
  if (!m) return undefined;
  const [, rulesVersion = "", catalog = "", asOf = "", inputHash = "", outcomeHash = ""] = m;
  return { version: 1, rulesVersion, catalogHash: catalog, asOf, inputHash, outcomeHash };
}
