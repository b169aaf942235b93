/**
 * The checker with JavaScript: the same state machine, engine and views as the Worker, run in the
 * browser. The answers live in the URL fragment, so a result can be bookmarked or shared and no
 * request ever carries them.
 */
import { decodeAnswers, encodeAnswers } from "../../../functions/core/checker/answers";
import { start, step, type View } from "../../../functions/core/checker/step";
import { render } from "../../../functions/core/checker/views";
import { todayInOslo } from "../../../functions/core/rules";
import { pageLanguage } from "../pageLanguage";
import { mountCheckerOutputs } from "../caseworker/mount";

export function startChecker(): void {
  const main = document.querySelector<HTMLElement>("main[data-slot='main']");
  if (!main) return;
  const lang = pageLanguage();
  const asOf = todayInOslo();
  const caseworker = mountCheckerOutputs(main, lang, asOf);

  const show = (answers: ReturnType<typeof decodeAnswers>, view: View, focus: boolean) => {
    main.innerHTML = `<div class="page stack">${render(lang, answers, view, asOf)}</div>`;
    const fragment = encodeAnswers(answers) + (view.kind === "result" ? "&view=result" : view.kind === "check" ? "&view=check" : "");
    history.replaceState(null, "", `#${fragment}`);
    if (view.kind === "result") caseworker.result(answers);
    // Move focus where a keyboard or screen-reader user continues: the error summary, else the question.
    if (focus) (main.querySelector<HTMLElement>(".ds-error-summary") ?? main.querySelector<HTMLElement>("#value") ?? main).focus();
  };

  main.addEventListener("submit", (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.matches("[data-checker]")) return;
    event.preventDefault();
    const data: Record<string, string> = {};
    new FormData(form).forEach((v, k) => (data[k] = String(v)));
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) data[submitter.name] = submitter.value;
    const state = step(data, asOf);
    show(state.answers, state.view, true);
  });
  main.addEventListener("click", (event) => {
    const link = (event.target as HTMLElement).closest("a[href]");
    if (link && link.getAttribute("href") === location.pathname) {
      event.preventDefault();
      show({}, start({}, asOf).view, true);
    }
  });

  const answers = decodeAnswers(location.hash);
  const wanted = new URLSearchParams(location.hash.slice(1)).get("view");
  const state = start(answers, asOf);
  const view: View = wanted === "result" && state.view.kind === "check" ? { kind: "result" } : state.view;
  show(answers, view, false);
}
