/**
 * The checker with JavaScript: the same state machine, engine and views as the Worker, run in the
 * browser with the page's own language only. The answers live in the URL fragment, so no request ever
 * carries them; each step is a history entry (Back goes one question back), a result can be bookmarked,
 * and the language switcher takes the answers along. Until this has loaded, the forms work without it.
 */
import { start, stateFrom, stateParams, step, type State } from "../../../functions/core/checker/step";
import { renderQuestions } from "../../../functions/core/checker/questionViews";
import { todayInOslo } from "../../../functions/core/rules/dates";
import { mountCheckerOutputs } from "../caseworker/mount";
import type { LanguagePack } from "../../../functions/core/i18n/schema";

/** Starts the checker in the page's language: each language's page imports its own pack (site/components/checker/). */
export function startChecker(pack: LanguagePack): void {
  const main = document.querySelector<HTMLElement>("main[data-slot='main']");
  if (!main) return;
  const lang = pack.lang;
  const asOf = todayInOslo();
  // The result's slot for the caseworker's outputs (drafts, calendar, receipt): filled by code loaded then.
  const caseworker = mountCheckerOutputs(main, lang, asOf);

  // The result's views (summary, details, wording) load when a result is near: from "check your answers"
  // on, or at once for a result's address. The questions need none of it.
  let resultViews: Promise<typeof import("../../../functions/core/checker/views")> | undefined;
  const loadResultViews = () => (resultViews ??= import("../../../functions/core/checker/views"));
  // A later step replaces an earlier one that is still waiting for the result's views.
  let shown = 0;

  const show = async (state: State, focus: boolean) => {
    const turn = ++shown;
    const { view, answers } = state;
    if (view.kind === "check") void loadResultViews();
    const page = view.kind === "result" ? (await loadResultViews()).render(pack, answers, view, asOf) : renderQuestions(pack, answers, view);
    if (turn !== shown) return;
    main.innerHTML = `<div class="page stack">${page}</div>`;
    enhance(state);
    if (view.kind === "result") caseworker.result(answers);
    // Move focus where a keyboard or screen-reader user continues: the error summary, else the question.
    if (focus) (main.querySelector<HTMLElement>(".ds-error-summary") ?? main.querySelector<HTMLElement>("#value") ?? main).focus();
  };

  /** What only a script can do: print, keep the answers across languages, fill in the caseworker's outputs. */
  const enhance = (state: State) => {
    const params = stateParams(state);
    for (const a of document.querySelectorAll<HTMLAnchorElement>(".lang-switch a[href]")) {
      const base = (a.getAttribute("href") ?? "").replace(/[?#].*$/, "");
      a.setAttribute("href", state.view.kind === "question" && Object.keys(state.answers).length === 0 ? base : `${base}#${params}`);
    }
    const print = main.querySelector<HTMLButtonElement>("[data-print]");
    if (print) {
      print.hidden = false;
      print.addEventListener("click", () => window.print());
    }
  };

  const go = (state: State) => {
    history.pushState(null, "", `${location.pathname}#${stateParams(state)}`);
    void show(state, true);
  };

  main.addEventListener("submit", (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.matches("[data-checker]")) return;
    event.preventDefault();
    const data: Record<string, string> = {};
    new FormData(form).forEach((v, k) => (data[k] = String(v)));
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) data[submitter.name] = submitter.value;
    go(step(data, asOf));
  });
  main.addEventListener("click", (event) => {
    const link = (event.target as HTMLElement).closest("a[href]");
    if (link && link.getAttribute("href") === location.pathname) {
      event.preventDefault();
      history.pushState(null, "", location.pathname);
      void show(start({}, asOf), true);
    }
  });
  // Back and Forward: the address holds the state (the fragment, or the query of a page without script).
  window.addEventListener("popstate", () => void show(stateFrom(location.hash || location.search, asOf), true));

  if (location.hash.length > 1) void show(stateFrom(location.hash, asOf), false);
  else {
    const state = stateFrom(location.search, asOf);
    enhance(state);
    if (state.view.kind !== "question") void loadResultViews();
  }
}
