/**
 * The caseworker's outputs on the checker and the participant list (issue #14), the only part in those
 * pages' first load: a few listeners and two dynamic imports. Everything else — the forms and the
 * receipt under a result, the draft panel, the .docx writer (docx) and the calendar writer
 * (ical-generator) — loads when it is needed. Personal details typed in the panel stay in the browser.
 */
import type { Answers } from "../../../functions/core/checker/answers";
import type { Lang } from "../../../functions/core/rules/types";
import type { ListRow } from "./listRow";

/** On the checker: the result's caseworker part, and its forms (which post to the Worker without JavaScript) made here. */
export function mountCheckerOutputs(main: HTMLElement, lang: Lang, asOf: string) {
  main.addEventListener("submit", (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.matches("[data-draft-form], [data-calendar-form]")) return;
    event.preventDefault();
    void import("./checker").then((m) => m.handleCheckerForm(form, main, lang, asOf));
  });
  return {
    /** Call after a result is rendered: fills in its caseworker part and receipt. */
    result(answers: Answers): void {
      const slot = main.querySelector<HTMLElement>("[data-caseworker]");
      if (slot) void import("./result").then((m) => m.fillCaseworkerPart(slot, lang, answers, asOf));
    },
  };
}

/**
 * On the participant list, after the results: a button that opens the drafts and deadlines panel. The
 * rows live in the list's Web Worker; `rows` asks it for them when the panel opens.
 */
export function mountListOutputs(out: HTMLElement, lang: Lang, asOf: string, rows: () => Promise<readonly ListRow[]>): void {
  void import("./listButton").then((m) => m.addListButton(out, lang, asOf, rows));
}
