/**
 * The messages between the participant-list page and its Web Worker (worker.ts). The page sends the
 * file itself (a File is passed by reference, not copied); the Worker keeps the list and its results and
 * sends the page only what it draws: the column report, progress, the summary, and one page of results
 * at a time. Files to download are made in the Worker too, so a 20,000-row list never crosses to the
 * page's main thread.
 */
import type { HeaderReport } from "../../../functions/core/batch/columns";
import type { Encoding } from "../../../functions/core/batch/encoding";
import type { RowError } from "../../../functions/core/batch/rows";
import type { RowDetermination, SummaryLine } from "../../../functions/core/batch/summary";
import type { ListWords } from "../../../functions/core/batch/words";
import type { Determination, IsoDate, RuleId, Status } from "../../../functions/core/rules";

import type { ListRow } from "../caseworker/listRow";

export type DownloadFormat = "csv" | "xlsx";

/** One line of the results table: a participant and one of their determinations. */
export interface ResultItem {
  row: number;
  ref: string;
  determination: RowDetermination;
}

export interface ResultsQuery {
  rule?: RuleId;
  status?: Status;
  /** 0-based page of `size` lines. */
  page: number;
  size: number;
}

export interface ErrorsSummary {
  /** Row errors in all (a row can have several). */
  count: number;
  /** The first errors, to show. */
  first: RowError[];
  /** Rows with at least one error, and the first of them by number. */
  rows: number;
  firstRows: number[];
}

export type ToWorker =
  | { type: "check"; file: File; asOf: IsoDate; words: ListWords }
  | { type: "results"; id: number; query: ResultsQuery }
  | { type: "download"; format: DownloadFormat }
  /** The full determinations of one row (reasons, deadlines, notes), for actions on a row. */
  | { type: "determinations"; id: number; row: number }
  /** Every assessed row's number, reference and person, for the caseworker's drafts and calendar (on request only). */
  | { type: "persons"; id: number };

export type FromWorker =
  | { type: "reading" }
  /** The header row, read before any row is evaluated; `encoding` is absent for an .xlsx. */
  | { type: "columns"; header: HeaderReport; encoding?: Encoding; total: number }
  | { type: "progress"; done: number; total: number }
  | { type: "done"; summary: SummaryLine[]; assessed: number; total: number; errors: ErrorsSummary; rules: RuleId[] }
  | { type: "results"; id: number; items: ResultItem[]; total: number }
  | { type: "file"; blob: Blob; name: string }
  | { type: "determinations"; id: number; determinations: Determination[] }
  | { type: "persons"; id: number; rows: ListRow[] }
  | { type: "failed" };
