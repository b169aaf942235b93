/**
 * The caseworker's outputs on the checker and the participant list (issue #14), the only part in those
 * pages' first load: a few listeners. Everything else — the receipt's hashing, the draft panel, the
 * .docx writer (docx) and the calendar writer (ical-generator) — loads when it is needed, so the
 * checker's first load does not grow with them. Personal details typed in the panel stay in the browser.
 */
import type { Answers } from "../../../functions/core/checker/answers";
import { packFor } from "../../../functions/core/i18n";
import type { ListRow } from "./listRow";
import type { Lang } from "../../../functions/core/rules/types";

/** On the checker: intercepts the draft and calendar forms (which post to the Worker without JavaScript). */
export function mountCheckerOutputs(main: HTMLElement, lang: Lang, asOf: string) {
  main.addEventListener("submit", (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.matches("[data-draft-form], [data-calendar-form]")) return;
    event.preventDefault();
    void import("./checker").then((m) => m.handleCheckerForm(form, main, lang, asOf));
  });
  return {
    /** Call after a result is rendered: fills in its receipt. */
    result(answers: Answers): void {
      const slot = main.querySelector<HTMLElement>("[data-receipt]");
      if (slot) void import("./receiptSlot").then((m) => m.fillReceipt(slot, lang, answers, asOf));
    },
  };
}

/** On the participant list: one button under the results; the panel loads on click. */
export function mountListOutputs(out: HTMLElement, lang: Lang, asOf: string, rows: readonly ListRow[]): void {
  const host = document.createElement("section");
  host.className = "stack";
  host.dataset.caseworkerList = "";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "ds-button";
  button.dataset.variant = "secondary";
  button.textContent = packFor(lang).outputs.openPanel;
  host.append(button);
  out.append(host);
  button.addEventListener("click", () => void import("./list").then((m) => m.openListPanel(host, lang, asOf, rows)), { once: true });
}
