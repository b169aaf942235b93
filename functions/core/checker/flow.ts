import { evaluate } from "../rules/engine/evaluate";
import type { PersonField } from "../rules/vocabulary";
import { QUESTIONS, UNKNOWN, legalBasisOf, personFrom, type Answers, type Question } from "./answers";

/**
 * Which question next: the first question (in a fixed, natural order) that the engine still lacks to
 * decide some rule and that has not been answered, "don't know" included. So the questions follow from
 * the rules: a person with collective protection is never asked about 2019 programme starts. `"done"`
 * when nothing more would change the answer (also when the legal basis cannot be worked out).
 */
export function nextQuestion(answers: Answers, asOf: string): Question | "done" {
  if (!answers.legalBasis) return "legalBasis";
  const basis = legalBasisOf(answers);
  if (basis === "unknown") return "done";
  if (basis === undefined) {
    if (answers.legalBasis !== UNKNOWN) return "legalBasis";
    return answers.protection === undefined ? "protection" : "settledBefore";
  }
  const { person } = personFrom(answers, asOf);
  if (!person) return "legalBasis";
  const missing = new Set<PersonField>(evaluate(person, asOf).flatMap((d) => d.missing));
  const next = QUESTIONS.find((q) => missing.has(q as PersonField) && answers[q] === undefined);
  return next ?? "done";
}

/** The questions answered so far, in the order they were asked (for "check your answers" and "back"). */
export function answeredInOrder(answers: Answers): Question[] {
  return QUESTIONS.filter((q) => answers[q] !== undefined);
}

/** Going back removes the last answer; the question is asked again with that answer filled in. */
export function back(answers: Answers): { answers: Answers; question: Question; value: string } | undefined {
  const order = answeredInOrder(answers);
  const last = order[order.length - 1];
  if (!last) return undefined;
  const { [last]: value, ...rest } = answers;
  return { answers: rest, question: last, value: value ?? "" };
}
