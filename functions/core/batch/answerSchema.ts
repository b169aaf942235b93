import { z } from "zod";
import { DeterminationSchema } from "../rules/engine/determination";
import { RULE_IDS, STATUSES } from "../rules/vocabulary";
import { VALIDATION_CODES } from "../rules/validationCodes";
import { COLUMNS, type ColumnKey } from "./columns";

/**
 * A participant list's answer (POST /api/v1/eligibility/batch, and the browser's list page, which
 * builds the same rows and summary): zod schemas for the types, the strict response check and the
 * OpenAPI document. `rows.ts` and `summary.ts` take the types only, so the browser never loads this.
 */
const whole = z.number().int();

export const RowErrorSchema = z
  .strictObject({
    row: whole.min(1).meta({ description: "1-based spreadsheet row, the header being row 1 (JSON: the item's 1-based position)." }),
    column: z.string().meta({ description: "The column's header as written in the list; empty when the whole row is wrong." }),
    code: z.enum(VALIDATION_CODES),
    field: z.enum(COLUMNS.map((c) => c.key) as [ColumnKey, ...ColumnKey[]]).optional().meta({ description: "The column's meaning, whatever its header says (absent when the error is not about one column)." }),
    value: z.string().max(60).optional().meta({ description: "The value found in the cell (dates as dd.mm.yyyy), at most 60 characters; empty when the cell is empty." }),
  })
  .meta({ id: "RowError" });
export type RowError = z.infer<typeof RowErrorSchema>;

export const RowResultSchema = z
  .strictObject({
    row: whole,
    ref: z.string().meta({ description: "The caseworker's own reference for the row (never a name or an ID number)." }),
    determinations: z.array(
      DeterminationSchema.pick({ rule: true, measure: true, kind: true, status: true, maxMonths: true }).extend({
        grantNok: whole.nullable().meta({ description: "The grant this determination triggers for the municipality, whole NOK: the rule's rate when the status triggers it (entitled or needs-assessment), else null." }),
      }),
    ),
  })
  .meta({ id: "RowResult" });
export type RowResult = z.infer<typeof RowResultSchema>;

export const SummaryLineSchema = z
  .strictObject({
    template: z.string().meta({ description: "The report template the line belongs to." }),
    line: z.string(),
    rule: z.enum(RULE_IDS),
    count: whole.meta({ description: "Participants whose determination triggers the grant (entitled or needs-assessment)." }),
    byStatus: z.record(z.enum(STATUSES), whole).meta({ description: "Participants per status of the line's rule, so a report can count the entitled only." }),
    rateNok: whole,
    amountNok: whole.meta({ description: "count × rateNok, whole NOK." }),
  })
  .meta({ id: "SummaryLine" });
export type SummaryLine = z.infer<typeof SummaryLineSchema>;

export const BatchAnswerSchema = z
  .strictObject({
    asOf: z.string().meta({ format: "date" }),
    rulesVersion: z.string(),
    rows: z.array(RowResultSchema),
    errors: z.array(RowErrorSchema),
    summary: z.array(SummaryLineSchema),
  })
  .meta({ id: "BatchAnswer" });
export type BatchAnswer = z.infer<typeof BatchAnswerSchema>;
