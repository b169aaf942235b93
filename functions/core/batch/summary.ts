import { evaluate, lineRateNok, REPORT_TEMPLATES, type Status } from "../rules";
import type { RowResult, SummaryLine } from "./answerSchema";
import type { ParsedRow } from "./rows";

/**
 * Evaluates a participant list and sums what it triggers per reporting line: the number of participants
 * for whom the rule holds (entitled or needs-assessment) × the line's rate from the catalog.
 */
export type { RowResult, SummaryLine };

export function evaluateRows(rows: ParsedRow[], asOf: string): RowResult[] {
  const out: RowResult[] = [];
  for (const r of rows) {
    if (!r.person) continue;
    out.push({ row: r.row, ref: r.ref, determinations: evaluate(r.person, asOf).map(({ rule, measure, status, maxMonths, grantNok }) => ({ rule, measure, status, maxMonths, grantNok })) });
  }
  return out;
}

const HOLDS: Status[] = ["entitled", "needs-assessment"];

export function summarise(results: RowResult[]): SummaryLine[] {
  const counts = new Map<string, number>();
  for (const r of results) for (const d of r.determinations) if (HOLDS.includes(d.status)) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return REPORT_TEMPLATES.flatMap((t) =>
    t.lines.flatMap((l) => {
      if (l.type !== "count") return [];
      const rate = lineRateNok(l) ?? 0;
      const count = counts.get(l.rule) ?? 0;
      return [{ template: t.id, line: l.id, rule: l.rule, count, rateNok: rate, amountNok: count * rate }];
    }),
  );
}
