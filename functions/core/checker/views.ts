import type { Html } from "../html";
import { makeFormatters } from "../i18n/formatters";
import type { LanguagePack } from "../i18n/schema";
import type { Answers } from "./answers";
import { checkView, renderQuestions } from "./questionViews";
import { resultView } from "./resultView";
import type { View } from "./step";

/**
 * Any page of the checker as escaped HTML, in the language of the pack given: rendered by the Worker into
 * the site's shell (no JavaScript), and by the browser, which loads only its page's pack.
 * `caseworker` is what a result offers the municipality (the draft and calendar forms and the receipt,
 * `outputs.ts`), in the result's one slot after the summary: the Worker renders it in; the browser fills
 * the empty slot after rendering, with code it loads then, so the checker's first load does not carry it.
 */
export function render(pack: LanguagePack, answers: Answers, view: View, asOf: string, caseworker?: Html): Html {
  if (view.kind !== "result") return renderQuestions(pack, answers, view);
  return resultView({ pack, f: makeFormatters(pack) }, answers, asOf, caseworker) ?? checkView({ pack, f: makeFormatters(pack) }, answers);
}
