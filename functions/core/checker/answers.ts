import { buildPerson } from "../rules/buildPerson";
import { PERMIT_WINDOW } from "../rules/catalog/collectiveProtection";
import { INTEGRATION_ACT_IN_FORCE } from "../rules/catalog/ordinary";
import { addDays } from "../rules/dates";
import { FIELD_KINDS } from "../rules/personFields";
import type { Person } from "../rules/schema";
import type { ValidationCode } from "../rules/validationCodes";
import { END_GOALS, LEGAL_BASES, PERSON_FIELDS, type IsoDate, type LegalBasis, type PersonField } from "../rules/vocabulary";
import type { CheckerQuestion } from "../i18n/schema";

/**
 * The checker's answers as a flat map of short keys, the same in hidden form fields, in the page address
 * without JavaScript (`?…`, after each step's redirect) and in the URL fragment with JavaScript (`#…`,
 * which no request carries). Never stored, never logged.
 */
// The question order: legal basis (and, if it is not known, the two questions that work it out), then
// the permit date (it decides all of chapter 6A), then the person fields in the schema's order.
export type Question = CheckerQuestion;
export const QUESTIONS: readonly Question[] = [
  "legalBasis",
  "protection",
  "settledBefore",
  "permitGranted",
  ...PERSON_FIELDS.filter((f) => f !== "permitGranted"),
];
export type Answers = Partial<Record<Question, string>>;

export const KIND: Record<Question, "choice" | "date" | "yesno" | "number"> = {
  legalBasis: "choice",
  protection: "yesno",
  settledBefore: "yesno",
  ...(Object.fromEntries(
    PERSON_FIELDS.map((f) => [f, ({ date: "date", boolean: "yesno", age: "number", "end-goal": "choice" } as const)[FIELD_KINDS[f]]]),
  ) as Record<PersonField, "choice" | "date" | "yesno" | "number">),
};

export const CHOICES: Partial<Record<Question, readonly string[]>> = { legalBasis: LEGAL_BASES, endGoal: END_GOALS };

/** "Don't know" is an answer too: the question is not asked again and the rules say what they can without it. */
export const UNKNOWN = "?";

/**
 * A permit date answered only as "on the window's first day or later" or "before it": chapter 6A needs no
 * more. The day comes from the catalog (`PERMIT_WINDOW`), never typed by the person.
 */
export const PERMIT_IN_WINDOW = "in-window";
export const PERMIT_BEFORE_WINDOW = "before-window";
export const PERMIT_WINDOW_FROM: IsoDate = PERMIT_WINDOW.from;
/** Settled before integreringsloven came into force: introduksjonsloven applies. */
export const SETTLED_BEFORE: IsoDate = INTEGRATION_ACT_IN_FORCE;

export function encodeAnswers(a: Answers): string {
  return new URLSearchParams(QUESTIONS.flatMap((q) => (a[q] === undefined ? [] : [[q, a[q]]]))).toString();
}

export function decodeAnswers(text: string | URLSearchParams): Answers {
  const params = typeof text === "string" ? new URLSearchParams(text.replace(/^[#?]/, "")) : text;
  const out: Answers = {};
  for (const q of QUESTIONS) {
    const v = params.get(q);
    if (v !== null && v !== "") out[q] = v.slice(0, 40);
  }
  return out;
}

/**
 * The legal basis the answers give: the one chosen, or the one the two follow-up questions work out when
 * the person does not know it. `undefined` while a follow-up question is still open, `"unknown"` when the
 * answers cannot decide it.
 */
export function legalBasisOf(a: Answers): LegalBasis | "unknown" | undefined {
  if (a.legalBasis === undefined) return undefined;
  if (a.legalBasis !== UNKNOWN) return (LEGAL_BASES as readonly string[]).includes(a.legalBasis) ? (a.legalBasis as LegalBasis) : undefined;
  if (a.protection === undefined) return undefined;
  if (a.protection === "yes") return "collective-protection";
  if (a.settledBefore === undefined) return undefined;
  // Settled before 2021: introduksjonsloven, whatever the permit (collective protection came later).
  if (a.settledBefore === "yes") return "introduksjonsloven";
  return a.settledBefore === "no" && a.protection === "no" ? "integreringsloven" : "unknown";
}

/** Drops follow-up answers the legal basis no longer asks for (after the basis itself was changed). */
export function tidy(a: Answers): Answers {
  const out = { ...a };
  if (out.legalBasis !== UNKNOWN) delete out.protection;
  if (out.legalBasis !== UNKNOWN || out.protection === "yes") delete out.settledBefore;
  return out;
}

/** The permit date the engine is given: the exact date, or for a yes/no answer a day on that side of the window's start. */
function permitDate(v: string): string {
  if (v === PERMIT_IN_WINDOW) return PERMIT_WINDOW_FROM;
  if (v === PERMIT_BEFORE_WINDOW) return addDays(PERMIT_WINDOW_FROM, -1);
  return v;
}

export const isPermitBracket = (v: string | undefined): boolean => v === PERMIT_IN_WINDOW || v === PERMIT_BEFORE_WINDOW;

/**
 * Builds the person from the answers (the rules' one builder); values that do not fit are reported per
 * question with their validation code. With the assessment date, a permit or settlement after it does not fit.
 */
export function personFrom(a: Answers, asOf?: IsoDate): { person?: Person; invalid: Question[]; codes: Partial<Record<Question, ValidationCode>> } {
  const basis = legalBasisOf(a);
  if (basis === undefined || basis === "unknown") {
    const bad = a.legalBasis !== undefined && a.legalBasis !== UNKNOWN && basis === undefined;
    return { invalid: bad ? ["legalBasis"] : [], codes: bad ? { legalBasis: "invalid-value" } : {} };
  }
  const values: Record<string, string | number | boolean> = { legalBasis: basis };
  for (const q of PERSON_FIELDS) {
    const v = a[q];
    if (v === undefined || v === UNKNOWN || v === "") continue;
    values[q] = KIND[q] === "yesno" ? v === "yes" : KIND[q] === "number" ? Number(v) : q === "permitGranted" ? permitDate(v) : v;
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
