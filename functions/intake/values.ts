import { z } from "zod";
import { currentCode } from "../core/municipalities";
import { lineAmountNok, lineRateNok, templateTotal, withCode as code, type ReportLine, type ReportTemplate } from "../core/rules";
import { containsNationalIdNumber } from "./nationalId";

/**
 * What a municipality reports, per line of the round's template: counts, places × months, amounts in
 * whole NOK, or a short text. The schema is built from the template, so the form, the JSON API and the
 * export agree on the lines.
 */
export const MAX_COUNT = 100_000;
export const MAX_NOK = 1_000_000_000;
/** A report period's months (places × months). */
export const MAX_MONTHS = 12;

/**
 * Every free text the intake takes (a report's text lines, the reason for a correction, a round's title):
 * at most `max` characters and no national identity number or D-number, however it is written.
 */
export const freeText = (max: number) =>
  z
    .string(code("invalid-type"))
    .max(max, code("too-long"))
    .refine((t) => !containsNationalIdNumber(t), code("national-id"));

export const MAX_REASON_LENGTH = 500;
/** Why a correction is made: the API's `reason` and the form's field of the same name. */
export const reasonSchema = freeText(MAX_REASON_LENGTH);

const count = z.number(code("invalid-type")).int(code("invalid-type")).min(0, code("too-small")).max(MAX_COUNT, code("too-large"));
const nok = z.number(code("invalid-type")).int(code("invalid-type")).min(0, code("too-small")).max(MAX_NOK, code("too-large"));

function lineSchema(line: ReportLine) {
  switch (line.type) {
    case "count":
      return z.strictObject({ count });
    case "places-months":
      return z.strictObject({ places: count, months: z.number().int(code("invalid-type")).min(0, code("too-small")).max(MAX_MONTHS, code("too-large")) });
    case "amount":
      return z.strictObject({ nok });
    case "text":
      return z.strictObject({ text: freeText(line.maxLength) });
  }
}

export function valuesSchema(template: ReportTemplate) {
  return z.strictObject(Object.fromEntries(template.lines.map((l) => [l.id, lineSchema(l)])), code("invalid-type"));
}

export const LineValueSchema = z
  .strictObject({ count: z.number().int().optional(), places: z.number().int().optional(), months: z.number().int().optional(), nok: z.number().int().optional(), text: z.string().optional() })
  .meta({ id: "LineValue", description: "What was reported on one line: a count, places × months, an amount in NOK or a short text." });
export type LineValue = z.infer<typeof LineValueSchema>;
export type ReportValues = Record<string, LineValue>;

const LINE_TYPES = ["count", "places-months", "amount", "text"] as const satisfies readonly ReportLine["type"][];

/** One line of a receipt or a status row: the value and what it is worth at the catalog's rate. */
export const PricedLineSchema = z
  .strictObject({
    id: z.string(),
    type: z.enum(LINE_TYPES),
    rateNok: z.number().int().nullable().meta({ description: "The catalog's rate per unit, whole NOK; null for lines that are not paid per unit." }),
    amountNok: z.number().int(),
    value: LineValueSchema,
  })
  .meta({ id: "PricedLine" });
export type PricedLine = z.infer<typeof PricedLineSchema>;

/** Money per line and in all, computed on the server from the catalog rates, in whole NOK. */
export function price(template: ReportTemplate, values: ReportValues): { lines: PricedLine[]; totalNok: number } {
  const lines = template.lines.map((l) => {
    const value = values[l.id] ?? {};
    return { id: l.id, type: l.type, rateNok: lineRateNok(l), amountNok: lineAmountNok(l, value), value };
  });
  return { lines, totalNok: lines.reduce((s, l) => s + l.amountNok, 0) };
}

/**
 * What a municipality's report adds up to, as its template's rule defines it (the receipt page's and the
 * receipt e-mail's total): the lines at the catalog's rates, or the allocation the rule gives the
 * municipality with what is left unused; null where the rule gives no total for it (a frame only).
 * `onDate`: the round's creation date, on which the allocation's municipality numbers are read.
 */
export function reportTotal(template: ReportTemplate, code: string, values: ReportValues, onDate: string): { label: "total" | "allocated"; nok: number; unusedNok: number | null } | null {
  if (template.total.basis === "frame") return null;
  const total = templateTotal(template, code, values, (r) => currentCode(r, onDate));
  if (total.totalNok === null) return null;
  return { label: template.total.basis === "rates" ? "total" : "allocated", nok: total.totalNok, unusedNok: template.total.basis === "allocation" ? (total.unusedNok ?? null) : null };
}
