/** A checker result's caseworker part in the browser: the forms at once, the receipt once it is hashed. */
import type { Answers } from "../../../functions/core/checker/answers";
import { caseworkerPart } from "../../../functions/core/checker/outputs";
import { resultReceipt } from "../../../functions/core/checker/receipt";
import { hashingAvailable } from "../../../functions/core/receipt/hash";
import type { Lang } from "../../../functions/core/rules/types";

export async function fillCaseworkerPart(slot: HTMLElement, lang: Lang, answers: Answers, asOf: string): Promise<void> {
  slot.innerHTML = String(caseworkerPart(lang, answers, asOf, undefined));
  // Web Crypto exists in secure contexts only (https, localhost): elsewhere the result goes without a receipt.
  if (!hashingAvailable()) return;
  const receipt = await resultReceipt(answers, asOf);
  if (receipt && slot.isConnected) slot.innerHTML = String(caseworkerPart(lang, answers, asOf, receipt));
}
