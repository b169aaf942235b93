import { html } from "../html";
import type { Answers } from "./answers";

/** The answers as hidden fields (`a.<question>`), carried by every form of the checker without JavaScript. */
export const hiddenAnswers = (answers: Answers) => Object.entries(answers).map(([q, v]) => html`<input type="hidden" name="a.${q}" value="${v}">`);
