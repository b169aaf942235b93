import { localePath } from "../localePath";
import { readDate, writeDate } from "../rules/dates";
import { dateProblems } from "../rules/personFields";
import { VALIDATION_CODES, type ValidationCode } from "../rules/validationCodes";
import type { Lang } from "../rules/vocabulary";
import {
  CHOICES, KIND, PERMIT_BEFORE_WINDOW, PERMIT_IN_WINDOW, QUESTIONS, UNKNOWN, decodeAnswers, encodeAnswers, isPermitBracket, personFrom, tidy,
  type Answers, type Question,
} from "./answers";
import { back, nextQuestion } from "./flow";

/**
 * The checker as a state machine over posted forms, shared by the Worker (no JavaScript) and the
 * browser (JavaScript), so both show the same pages for the same answers. A state is also an address:
 * `stateParams` writes it into the query (no JavaScript: every POST redirects there, so Back and reload
 * never post again) or the fragment (JavaScript), and `stateFrom` reads it back.
 */
export type View =
  /** `value` is the text to show in the field; `mode: "window"` asks the permit date as "on or after the window's first day?". */
  | { kind: "question"; question: Question; value?: string; error?: ValidationCode; mode?: "window" }
  | { kind: "check" }
  | { kind: "result" };

export interface State {
  answers: Answers;
  view: View;
}

/** Reads the answers carried in hidden fields (`a.<question>`). */
export function answersFromForm(form: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const q of QUESTIONS) {
    const v = form[`a.${q}`];
    if (typeof v === "string" && v !== "") answers[q] = v.slice(0, 40);
  }
  return answers;
}

export function start(given: Answers, asOf: string): State {
  const answers = tidy(given);
  const q = nextQuestion(answers, asOf);
  return { answers, view: q === "done" ? { kind: "check" } : { kind: "question", question: q } };
}

/** A question asked again (back, change) shows the earlier answer as it was given. */
function askAgain(answers: Answers, question: Question, value: string | undefined): State {
  if (question === "permitGranted" && isPermitBracket(value)) {
    return { answers, view: { kind: "question", question, mode: "window", value: value === PERMIT_IN_WINDOW ? "yes" : "no" } };
  }
  const shown = value === undefined || value === UNKNOWN ? "" : KIND[question] === "date" ? writeDate(value) : value;
  return { answers, view: { kind: "question", question, ...(shown && { value: shown }) } };
}

export function step(form: Record<string, unknown>, asOf: string): State {
  const answers = answersFromForm(form);
  const action = String(form.action ?? "");
  const question = QUESTIONS.find((q) => q === form.q);
  const windowMode = question === "permitGranted" && form.mode === "window";
  // Back from "on or after the date?" returns to the date itself, which was the page before.
  if (action === "back" && windowMode) return { answers, view: { kind: "question", question } };
  if (action === "back") {
    const b = back(answers);
    return b ? askAgain(b.answers, b.question, b.value) : start({}, asOf);
  }
  const change = QUESTIONS.find((q) => q === form.change);
  if (change) {
    const { [change]: value, ...rest } = answers;
    return askAgain(rest, change, value);
  }
  if (action === "result") return withResult(start(answers, asOf), asOf);
  if (action === "window" && question === "permitGranted") return { answers, view: { kind: "question", question, mode: "window" } };
  if (action === "unknown" && question) return start({ ...answers, [question]: UNKNOWN }, asOf);
  if (action === "answer" && question) {
    const raw = String(form.value ?? "").trim().slice(0, 40);
    const again = (error: ValidationCode, value = raw): State => ({
      answers,
      view: { kind: "question", question, ...(value && { value }), error, ...(windowMode && { mode: "window" as const }) },
    });
    if (raw === "") return again("required");
    const value = windowMode ? (raw === "yes" ? PERMIT_IN_WINDOW : raw === "no" ? PERMIT_BEFORE_WINDOW : undefined) : normalise(question, raw);
    if (value === undefined) return again("invalid-value");
    const problem = windowMode ? undefined : valueProblem(question, value);
    if (problem) return again(problem);
    const next = { ...answers, [question]: value };
    const { codes } = personFrom(next, asOf);
    const code = codes[question] ?? Object.values(codes)[0];
    if (code) return again(code);
    return start(next, asOf);
  }
  return start(answers, asOf);
}

/** Dates as people write them (dd.mm.yyyy, d.m.yyyy) are kept as ISO; other answers as given. */
function normalise(q: Question, raw: string): string {
  return KIND[q] === "date" ? readDate(raw) : raw;
}

/** The answer's own problem, before the person is built (which adds cross-field checks and the bounds). */
function valueProblem(q: Question, v: string): ValidationCode | undefined {
  switch (KIND[q]) {
    case "date":
      return dateProblems(v)[0];
    case "number":
      // Digits only; the age bound is the person schema's (checked when the person is built).
      return /^\d{1,3}$/.test(v) ? undefined : "invalid-value";
    case "yesno":
      return v === "yes" || v === "no" ? undefined : "invalid-value";
    case "choice":
      return (CHOICES[q] ?? []).includes(v) ? undefined : "invalid-value";
  }
}

export const checkerPath = (lang: Lang): string => localePath(lang, "/sjekk/");

/** The state as address parameters: the answers, then what is shown (`view`, or `q` with its field state). */
export function stateParams(state: State): string {
  const params = new URLSearchParams(encodeAnswers(state.answers));
  const v = state.view;
  if (v.kind !== "question") params.set("view", v.kind);
  else {
    params.set("q", v.question);
    if (v.mode) params.set("mode", v.mode);
    if (v.value !== undefined) params.set("value", v.value);
    if (v.error) params.set("error", v.error);
  }
  return params.toString();
}

/**
 * The state an address describes. Anything that does not fit (an unknown question or error, a result
 * before the questions are done) falls back to where the answers lead, so an edited address never breaks.
 */
export function stateFrom(text: string, asOf: string): State {
  const params = new URLSearchParams(text.replace(/^[#?]/, ""));
  const answers = decodeAnswers(params);
  const derived = start(answers, asOf);
  const q = QUESTIONS.find((x) => x === params.get("q"));
  if (q) {
    const error = VALIDATION_CODES.find((c) => c === params.get("error"));
    const value = params.get("value")?.slice(0, 40);
    const mode = q === "permitGranted" && params.get("mode") === "window" ? "window" : undefined;
    return { answers, view: { kind: "question", question: q, ...(value && { value }), ...(error && { error }), ...(mode && { mode }) } };
  }
  return params.get("view") === "result" ? withResult(derived, asOf) : derived;
}

/**
 * The result whenever the answers make a person (questions left open are rules the result says it cannot
 * decide yet); else, e.g. a legal basis that cannot be worked out, where the answers lead.
 */
function withResult(state: State, asOf: string): State {
  return personFrom(state.answers, asOf).person ? { answers: state.answers, view: { kind: "result" } } : state;
}
