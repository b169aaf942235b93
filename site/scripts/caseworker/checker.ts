/** The checker's draft and calendar forms with JavaScript: the files are made here, and the answers never leave the page. */
import { personFrom } from "../../../functions/core/checker/answers";
import { answersFromForm } from "../../../functions/core/checker/step";
import { DRAFT_LANGUAGES } from "../../../functions/core/i18n/draftLanguages";
import { evaluate } from "../../../functions/core/rules/engine/evaluate";
import type { Lang } from "../../../functions/core/rules/types";
import { openDraftPanel } from "./draftPanel";

export async function handleCheckerForm(form: HTMLFormElement, main: HTMLElement, lang: Lang, asOf: string): Promise<void> {
  const data = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
  const { person } = personFrom(answersFromForm(data));
  if (!person) return;
  const determinations = evaluate(person, asOf);
  if (form.matches("[data-calendar-form]")) {
    const { downloadDeadlines } = await import("./calendar");
    downloadDeadlines([{ determinations, reference: data.reference }], lang);
    return;
  }
  const determination = determinations.find((d) => d.rule === data.rule);
  const page = main.querySelector<HTMLElement>(".page") ?? main;
  if (!determination) return;
  openDraftPanel(page, { lang, draftLang: DRAFT_LANGUAGES.find((l) => l === data.draftLang) ?? "nb", determination, determinations, person, asOf });
}
