import type { Receipt } from "../receipt/schema";
import type { DetailField, DraftLang } from "../i18n/decisions";
import type { RuleId } from "../rules/types";
import type { DraftOutcome } from "./decides";

/**
 * A decision-letter draft as structure, rendered three ways from the one model: HTML (the printable page,
 * `html.ts`), .docx in the browser (the `docx` library) and .docx from the API (`functions/decisions/`).
 * A run marked `fill` is for the caseworker to fill in or check; every renderer marks it.
 */
export interface Run {
  text: string;
  fill?: true;
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; runs: Run[]; small?: true }
  | { kind: "list"; items: Run[][] }
  | { kind: "notice"; runs: Run[] };

export interface Draft {
  lang: DraftLang;
  rule: RuleId;
  outcome: DraftOutcome;
  title: string;
  /** A file name without personal details: what, which rule, which date. */
  fileName: string;
  blocks: Block[];
}

/** Details typed by the caseworker (browser only); absent ones stay placeholders. */
export type DraftDetails = Partial<Record<DetailField, string>>;

export type { Receipt };
