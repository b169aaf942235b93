import type { IsoDate, Status } from "../rules/types";
import type { SummaryLine } from "./answerSchema";
import { HAND_OVER_COUNT } from "./statuses";

/**
 * Hand-over from the participant-list check to the municipality's report. The list page saves the
 * counts per report line in localStorage under this key (localStorage, not sessionStorage: the report
 * link from IMDi's e-mail opens in another tab); the report form's script fills the matching
 * `<line id>.count` fields the first time the form is there, marks them, and removes the entry. Counts
 * only — never a row, a reference or a date of a person.
 */
export const PREFILL_KEY = "rettsjekk:report-prefill";

export interface HandOverLine {
  /** The count to fill in. */
  count: number;
  /** Of the participants the list counts for the line, those whose need the municipality assesses. */
  assessed: number;
  /** Whether `assessed` is in `count`. */
  assessedIncluded: boolean;
}

export interface HandOver {
  version: 1;
  asOf: IsoDate;
  /** Rows assessed. */
  rows: number;
  lines: Record<string, HandOverLine>;
}

export function handOver(summary: SummaryLine[], asOf: IsoDate, rows: number, includeAssessed: boolean): HandOver {
  const lines: Record<string, HandOverLine> = {};
  for (const s of summary) {
    let count = 0;
    let assessed = 0;
    for (const [status, rule] of Object.entries(HAND_OVER_COUNT) as Array<[Status, (typeof HAND_OVER_COUNT)[Status]]>) {
      const n = s.byStatus[status];
      if (rule === "counted" || (rule === "if-chosen" && includeAssessed)) count += n;
      if (rule === "if-chosen") assessed += n;
    }
    lines[s.line] = { count, assessed, assessedIncluded: includeAssessed };
  }
  return { version: 1, asOf, rows, lines };
}

const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Reads a stored hand-over back; anything else (an old format, a hand-edited value) is no hand-over. */
export function readHandOver(raw: string | null): HandOver | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<HandOver>;
    if (value.version !== 1 || typeof value.asOf !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value.asOf) || !whole(value.rows)) return undefined;
    if (typeof value.lines !== "object" || value.lines === null) return undefined;
    for (const line of Object.values(value.lines)) {
      if (!whole(line?.count) || !whole(line.assessed) || typeof line.assessedIncluded !== "boolean") return undefined;
    }
    return value as HandOver;
  } catch {
    return undefined;
  }
}
