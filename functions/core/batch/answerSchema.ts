import { z } from "zod";
import { DeterminationSchema } from "../rules/engine/determination";
import { RULE_IDS } from "../rules/vocabulary";
import { VALIDATION_CODES } from "../rules/validationCodes";

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
  })
  .meta({ id: "RowError" });
export type RowError = z.infer<typeof RowErrorSchema>;

export const RowResultSchema = z
  .strictObject({
    row: whole,
    ref: z.string().meta({ description: "The caseworker's own reference for the row (never a name or an ID number)." }),
    determinations: z.array(DeterminationSchema.pick({ rule: true, measure: true, status: true, maxMonths: true, grantNok: true })),
  })
  .meta({ id: "RowResult" });
export type RowResult = z.infer<typeof RowResultSchema>;

export const SummaryLineSchema = z
  .strictObject({
    template: z.string().meta({ description: "The report template the line belongs to." }),
    line: z.string(),
    rule: z.enum(RULE_IDS),
    count: whole.meta({ description: "Participants for whom the rule holds (entitled or needs-assessment)." }),
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
