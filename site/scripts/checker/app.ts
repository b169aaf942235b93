/**
 * The checker with JavaScript: the same state machine, engine and views as the Worker, run in the
 * browser with the page's own language only. The answers live in the URL fragment, so no request ever
 * carries them; each step is a history entry (Back goes one question back), a result can be bookmarked,
 * and the language switcher takes the answers along. Until this has loaded, the forms work without it.
 */
import { personFrom, type Answers } from "../../../functions/core/checker/answers";
import { start, stateFrom, stateParams, step, type State } from "../../../functions/core/checker/step";
import { render } from "../../../functions/core/checker/views";
import type { LanguagePack } from "../../../functions/core/i18n/schema";
import { todayInOslo } from "../../../functions/core/rules/dates";
import { evaluate } from "../../../functions/core/rules/engine/evaluate";
import type { Determination } from "../../../functions/core/rules/engine/determination";
import type { Person } from "../../../functions/core/rules/schema";
import type { IsoDate, Lang } from "../../../functions/core/rules/vocabulary";
import { pageLanguage } from "../pageLanguage";
import { LOAD_PACK } from "./packs";

/** What a result offers to actions mounted in its `[data-caseworker-outputs]` slot (letters, calendars, receipts). */
export interface ResultData {
  lang: Lang;
  pack: LanguagePack;
  asOf: IsoDate;
  answers: Answers;
  person: Person;
  determinations: Determination[];
}
/** Mounts for the result's caseworker outputs: each gets the slot and the result's data, after every render of a result. */
export const RESULT_MOUNTS: ((slot: HTMLElement, data: ResultData) => void)[] = [];

export async function startChecker(): Promise<void> {
  const main = document.querySelector<HTMLElement>("main[data-slot='main']");
  if (!main) return;
  const lang = pageLanguage();
  const asOf = todayInOslo();
  const pack = await LOAD_PACK[lang]();

  const show = (state: State, focus: boolean) => {
    main.innerHTML = `<div class="page stack">${render(pack, state.answers, state.view, asOf)}</div>`;
    enhance(state);
    // Move focus where a keyboard or screen-reader user continues: the error summary, else the question.
    if (focus) (main.querySelector<HTMLElement>(".ds-error-summary") ?? main.querySelector<HTMLElement>("#value") ?? main).focus();
  };

  /** What only a script can do: print, keep the answers across languages, and mount the caseworker outputs. */
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
    const slot = main.querySelector<HTMLElement>("[data-caseworker-outputs]");
    const { person } = personFrom(state.answers, asOf);
    if (slot && person && state.view.kind === "result") {
      const data: ResultData = { lang, pack, asOf, answers: state.answers, person, determinations: evaluate(person, asOf) };
      for (const mount of RESULT_MOUNTS) mount(slot, data);
    }
  };

  const go = (state: State) => {
    history.pushState(null, "", `${location.pathname}#${stateParams(state)}`);
    show(state, true);
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
      show(start({}, asOf), true);
    }
  });
  // Back and Forward: the address holds the state (the fragment, or the query of a page without script).
  window.addEventListener("popstate", () => show(stateFrom(location.hash || location.search, asOf), true));

  if (location.hash.length > 1) show(stateFrom(location.hash, asOf), false);
  else enhance(stateFrom(location.search, asOf));
}
