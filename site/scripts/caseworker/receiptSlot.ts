/** Fills in a checker result's receipt (hashing loads with the result, not with the first question). */
import { resultReceipt } from "../../../functions/core/checker/receipt";
import type { Answers } from "../../../functions/core/checker/answers";
import { receiptLine } from "../../../functions/core/checker/outputs";
import { hashingAvailable } from "../../../functions/core/receipt/hash";
import type { Lang } from "../../../functions/core/rules/types";

export async function fillReceipt(slot: HTMLElement, lang: Lang, answers: Answers, asOf: string): Promise<void> {
  // Web Crypto exists in secure contexts only (https, localhost): elsewhere the result goes without a receipt.
  if (!hashingAvailable()) return;
  const receipt = await resultReceipt(answers, asOf);
  if (!receipt || !slot.isConnected) return;
  slot.outerHTML = String(receiptLine(lang, receipt));
}
