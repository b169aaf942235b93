import { buildPerson, LEGAL_BASES, END_GOALS, PERSON_FIELDS, type IsoDate, type Person, type PersonField, type PersonValues, type ValidationCode } from "../rules";

/**
 * The checker's answers as a flat map of short keys, the same in hidden form fields (no JavaScript) and
 * in the URL fragment (JavaScript): never in a query string, never sent to be stored.
 */
// The question order: legal basis, then the permit date (it decides all of chapter 6A), then the
// person fields in the schema's order.
export type Question = "legalBasis" | PersonField;
export const QUESTIONS: readonly Question[] = ["legalBasis", "permitGranted", ...PERSON_FIELDS.filter((f) => f !== "permitGranted")];
export type Answers = Partial<Record<Question, string>>;

export const KIND: Record<Question, "choice" | "date" | "yesno" | "number"> = {
  legalBasis: "choice",
  permitGranted: "date",
  "programme.start": "date",
  "programme.end": "date",
  "norwegianTraining.rightAndDuty": "yesno",
  "norwegianTraining.end": "date",
  age: "number",
  upperSecondary: "yesno",
  endGoal: "choice",
  childrenUnder18: "yesno",
  settled: "date",
};

export const CHOICES: Partial<Record<Question, readonly string[]>> = { legalBasis: LEGAL_BASES, endGoal: END_GOALS };

/** "Don't know" is an answer too: the question is not asked again and the rule stays undecided. */
export const UNKNOWN = "?";

export function encodeAnswers(a: Answers): string {
  return new URLSearchParams(Object.entries(a).filter(([, v]) => v !== undefined) as [string, string][]).toString();
}

export function decodeAnswers(text: string): Answers {
  const params = new URLSearchParams(text.replace(/^#/, ""));
  const out: Answers = {};
  for (const q of QUESTIONS) {
    const v = params.get(q);
    if (v !== null) out[q] = v.slice(0, 40);
  }
  return out;
}

/**
 * Builds the person from the answers (the rules' one builder); values that do not fit are reported per
 * question with their validation code. With the assessment date, a permit or settlement after it does not fit.
 */
export function personFrom(a: Answers, asOf?: IsoDate): { person?: Person; invalid: Question[]; codes: Partial<Record<Question, ValidationCode>> } {
  if (!a.legalBasis || !(LEGAL_BASES as readonly string[]).includes(a.legalBasis)) {
    return { invalid: a.legalBasis ? ["legalBasis"] : [], codes: a.legalBasis ? { legalBasis: "invalid-value" } : {} };
  }
  const values: PersonValues = { legalBasis: a.legalBasis };
  for (const q of PERSON_FIELDS) {
    const v = a[q];
    if (v === undefined || v === UNKNOWN || v === "") continue;
    values[q] = KIND[q] === "yesno" ? v === "yes" : KIND[q] === "number" ? Number(v) : v;
  }
  const built = buildPerson(values, asOf);
  if (built.person) return { person: built.person, invalid: [], codes: {} };
  const codes: Partial<Record<Question, ValidationCode>> = {};
  for (const { field, code } of built.errors) {
    const q = QUESTIONS.find((x) => field === x || field.startsWith(`${x}.`) || x.startsWith(field));
    if (q) codes[q] ??= code;
  }
  return { invalid: Object.keys(codes) as Question[], codes };
}
