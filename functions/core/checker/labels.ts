import { html, type Html } from "../html";
import type { Formatters, LanguagePack } from "../i18n/schema";
import type { PersonField } from "../rules/vocabulary";
import { KIND, PERMIT_IN_WINDOW, PERMIT_WINDOW_FROM, SETTLED_BEFORE, UNKNOWN, isPermitBracket, legalBasisOf, type Answers, type Question } from "./answers";
import { answeredInOrder } from "./flow";

/** How the checker names its questions and shows the answers, in the page's language (questions, check, result). */
export interface Words {
  pack: LanguagePack;
  f: Formatters;
}

export function questionLabel({ pack, f }: Words, q: Question): string {
  const s = pack.checker;
  if (q === "legalBasis") return s.legalBasisQuestion;
  if (q === "protection") return s.protectionQuestion;
  if (q === "settledBefore") return s.settledBeforeQuestion(f.date(SETTLED_BEFORE));
  return pack.fields[q as PersonField];
}

export function answerText({ pack, f }: Words, q: Question, v: string): string {
  const s = pack.checker;
  if (v === UNKNOWN) return s.dontKnow;
  if (q === "legalBasis") return pack.legalBases[v as keyof typeof pack.legalBases] ?? v;
  if (q === "endGoal") return pack.endGoals[v as keyof typeof pack.endGoals] ?? v;
  if (q === "permitGranted" && isPermitBracket(v)) {
    const from = f.date(PERMIT_WINDOW_FROM);
    return v === PERMIT_IN_WINDOW ? s.permitInWindow(from) : s.permitBeforeWindow(from);
  }
  if (KIND[q] === "yesno") return v === "yes" ? s.yes : s.no;
  if (KIND[q] === "date") return f.date(v);
  return v;
}

/** The answers given, each with a button to change it (check page), or plain (the result and its print). */
export function answerList(w: Words, answers: Answers, change: boolean): Html {
  const s = w.pack.checker;
  const basis = legalBasisOf(answers);
  return html`<dl class="facts">
    ${answeredInOrder(answers).map(
      (q) => html`<dt>${questionLabel(w, q)}</dt><dd>${answerText(w, q, answers[q] ?? "")}${change ? html` <button class="ds-button" data-variant="tertiary" data-size="sm" type="submit" name="change" value="${q}">${s.change}<span class="ds-sr-only"> ${questionLabel(w, q)}</span></button>` : ""}</dd>`,
    )}
  </dl>
  ${answers.legalBasis === "?" && basis !== undefined && basis !== "unknown" ? html`<p class="ds-paragraph">${s.basisWorkedOut(w.pack.legalBases[basis])}</p>` : ""}`;
}
