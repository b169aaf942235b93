import { localePath } from "../localePath";
import { isIsoDate, type Lang, type ValidationCode } from "../rules";
import { CHOICES, KIND, QUESTIONS, UNKNOWN, personFrom, type Answers, type Question } from "./answers";
import { back, nextQuestion } from "./flow";

/**
 * The checker as a state machine over posted forms, shared by the Worker (no JavaScript) and the
 * browser (JavaScript), so both show the same pages for the same answers.
 */
export type View =
  | { kind: "question"; question: Question; value?: string; error?: ValidationCode }
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

export function start(answers: Answers, asOf: string): State {
  const q = nextQuestion(answers, asOf);
  return { answers, view: q === "done" ? { kind: "check" } : { kind: "question", question: q } };
}

export function step(form: Record<string, unknown>, asOf: string): State {
  const answers = answersFromForm(form);
  const action = String(form.action ?? "");
  const question = QUESTIONS.find((q) => q === form.q);
  if (action === "back") {
    const b = back(answers);
    return b ? { answers: b.answers, view: { kind: "question", question: b.question, value: b.value } } : start({}, asOf);
  }
  const change = QUESTIONS.find((q) => q === form.change);
  if (change) {
    const { [change]: value, ...rest } = answers;
    return { answers: rest, view: { kind: "question", question: change, value: value === UNKNOWN ? "" : value } };
  }
  if (action === "result") return { answers, view: { kind: "result" } };
  if (action === "unknown" && question && question !== "legalBasis") return start({ ...answers, [question]: UNKNOWN }, asOf);
  if (action === "answer" && question) {
    const value = String(form.value ?? "").trim().slice(0, 40);
    if (value === "") return { answers, view: { kind: "question", question, error: "required" } };
    if (!valid(question, value)) return { answers, view: { kind: "question", question, value, error: KIND[question] === "date" ? "invalid-date" : "invalid-value" } };
    const next = { ...answers, [question]: value };
    const { codes } = personFrom(next, asOf);
    const code = codes[question] ?? Object.values(codes)[0];
    if (code) return { answers, view: { kind: "question", question, value, error: code } };
    return start(next, asOf);
  }
  return start(answers, asOf);
}

function valid(q: Question, v: string): boolean {
  switch (KIND[q]) {
    case "date":
      return isIsoDate(v);
    case "number":
      // Digits only; the age bound is the person schema's (checked when the person is built).
      return /^\d{1,3}$/.test(v);
    case "yesno":
      return v === "yes" || v === "no";
    case "choice":
      return (CHOICES[q] ?? []).includes(v);
  }
}

export const checkerPath = (lang: Lang): string => localePath(lang, "/sjekk/");
