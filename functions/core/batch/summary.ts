import { evaluate } from "../rules/engine/evaluate";
import { lineRateNok, REPORT_TEMPLATES } from "../rules/catalog/reportTemplates";
import type { IsoDate, Status } from "../rules/types";
import { STATUSES } from "../rules/vocabulary";
import type { RowResult, SummaryLine } from "./answerSchema";
import type { ParsedRow } from "./rows";
import { triggersGrant } from "./statuses";

/**
 * Evaluates a participant list and sums what it triggers per reporting line: the participants whose
 * determination triggers the grant × the line's rate from the catalog. The screen, the downloaded file,
 * the API and the hand-over to the report all read the grant through `triggersGrant` (statuses.ts).
 */
export type { RowResult, SummaryLine };
export type RowDetermination = RowResult["determinations"][number];

export function evaluateRows(rows: ParsedRow[], asOf: IsoDate): RowResult[] {
  const out: RowResult[] = [];
  for (const r of rows) {
    if (!r.person) continue;
    out.push({
      row: r.row,
      ref: r.ref,
      determinations: evaluate(r.person, asOf).map(({ rule, measure, kind, status, maxMonths, grantNok }) => ({
        rule, measure, kind, status, maxMonths, grantNok: triggersGrant(status) ? grantNok : null,
      })),
    });
  }
  return out;
}

const noneByStatus = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

export function summarise(results: RowResult[]): SummaryLine[] {
  const counts = new Map<string, Record<Status, number>>();
  for (const r of results) {
    for (const d of r.determinations) {
      let byStatus = counts.get(d.rule);
      if (!byStatus) counts.set(d.rule, (byStatus = noneByStatus()));
      byStatus[d.status]++;
    }
  }
  return REPORT_TEMPLATES.flatMap((t) =>
    t.lines.flatMap((l) => {
      if (l.type !== "count") return [];
      const rate = lineRateNok(l) ?? 0;
      const byStatus = counts.get(l.rule) ?? noneByStatus();
      const count = STATUSES.reduce((sum, s) => sum + (triggersGrant(s) ? byStatus[s] : 0), 0);
      return [{ template: t.id, line: l.id, rule: l.rule, count, byStatus, rateNok: rate, amountNok: count * rate }];
    }),
  );
}
