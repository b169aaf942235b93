import type { Measure } from "../../rules/types";
import type { Words } from "./words";

/** The personal details a caseworker may type into a decision draft (in the browser only; the API leaves placeholders). */
export const DETAIL_FIELDS = ["name", "birthDate", "address", "caseNumber", "caseworker", "municipality"] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The measures a municipality decides by a decision letter (`core/drafts/decides.ts`). */
export type DecidedMeasure = Extract<
  Measure,
  "extended-programme" | "extended-norwegian" | "programme-duration" | "programme-extension" | "norwegian-training" | "decision-deadline"
>;

/**
 * The words of a decision-letter draft (`<lang>/decisions.ts`), in the municipalities' administrative
 * languages only (bokmål and nynorsk: `i18n/decisions.ts`). Never a figure: the draft takes every number,
 * date and legal basis from the catalog and the determination. Text in [brackets] is for the caseworker
 * to fill in or check.
 */
export interface DecisionStrings {
  notice: string;
  fillHint: string;
  detailLabels: Record<DetailField, string>;
  placeholders: Record<DetailField, string>;
  letterDate: string;
  letterDateFill: string;
  to: string;
  /** Label of the legal basis the person was assessed under, among the facts. */
  basis: string;
  /** What the decision is about, per measure: "utvidet programtid", "opplæring i norsk"… */
  subject: Record<DecidedMeasure, string>;
  title: (subject: string) => string;
  ruleLine: (ruleTitle: string, rule: string) => string;
  headings: Words<"decision" | "legalBasis" | "facts" | "reasons" | "wouldChange" | "interpretations" | "appeal" | "contact" | "receipt">;
  granted: (subject: string) => string;
  assess: (subject: string) => string;
  refused: (subject: string) => string;
  maxMonths: (months: string) => string;
  minMonths: (months: string) => string;
  extensionMonths: (months: string) => string;
  durationSet: string;
  durationFill: (maxMonths: string) => string;
  startSet: string;
  startFill: string;
  assessment: string;
  assessmentFill: string;
  assessmentResult: string;
  assessmentResultFill: (maxMonths: string) => string;
  assessmentResultFillNoMonths: string;
  failedConditions: string;
  assessedOn: (date: string) => string;
  legalBasisOf: string;
  source: (seed: string, file: string) => string;
  /** Appeal, by what the sources say for the rule's group (`core/drafts/appeal.ts`). */
  appealInformed: string;
  appealInformedSource: string;
  appealTemplateOnly: string;
  appealNone: string;
  appealFill: string;
  documentsFill: string;
  contact: string;
  contactFill: string;
  regards: string;
  receipt: (rulesVersion: string, date: string) => string;
  fileName: string;
}
