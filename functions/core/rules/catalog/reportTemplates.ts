import type { AmountLineId, IsoDate, PersonRule, ReportTemplateId, RuleId, SeedId, TextLineId } from "../types";
import { getRule, isGrantRule, isPersonRule } from "./index";

/**
 * Report templates for the intake. Every rate is read from the rule it belongs to, so a rate is typed
 * once, in the catalog. Counts only: no line ever holds personal data.
 */
export type ReportLine =
  /** Participants who got a measure; paid count × the rule's grant per participant. */
  | { id: string; type: "count"; rule: RuleId; lastChance?: boolean }
  /** Places × months at the scheme's monthly rate (integration reception centres). */
  | { id: string; type: "places-months"; rule: RuleId; amountId: string }
  /** An amount in whole NOK (funds used, income, expenses): reported, not paid per unit. */
  | { id: AmountLineId; type: "amount" }
  /** A short free text, length-limited and checked for national identity numbers. */
  | { id: TextLineId; type: "text"; maxLength: number };

/**
 * What a municipality's total in the payout export is, as the template's rule defines it:
 * - `rates`: the sum of its lines at the catalog's rates (count × grant, places × months × rate): the payout;
 * - `allocation`: the fixed amount the rule allocates to the municipality (S3's table), beside the amount
 *   it reports as used (`usedLine`), so the export shows what was granted, used and left unused;
 * - `frame`: the rule gives only a frame for all recipients together (S1: awards follow applications), so
 *   there is no per-municipality total to compute: the export shows the reported accounts and the frame.
 */
export type ReportTotal =
  | { basis: "rates" }
  | { basis: "allocation"; rule: RuleId; usedLine: string }
  | { basis: "frame"; rule: RuleId; amountId: string };

export interface ReportTemplate {
  id: ReportTemplateId;
  seed: SeedId;
  rules: RuleId[];
  lines: ReportLine[];
  total: ReportTotal;
  /** The historical round as the source describes it, where it does. */
  source?: { sent?: IsoDate; deadline?: IsoDate; payoutMonth?: string; supportReference?: string };
}

export const REPORT_TEMPLATES: ReportTemplate[] = [
  {
    id: "package-iii-2021",
    seed: "S0",
    rules: ["IP3-PROG", "IP3-NOR", "IP2-PROG", "IP2-NOR"],
    lines: [
      { id: "ip3-programme", type: "count", rule: "IP3-PROG" },
      { id: "ip3-norwegian", type: "count", rule: "IP3-NOR" },
      { id: "ip2-programme", type: "count", rule: "IP2-PROG", lastChance: true },
      { id: "ip2-norwegian", type: "count", rule: "IP2-NOR", lastChance: true },
    ],
    total: { basis: "rates" },
    source: { sent: "2021-11-12", deadline: "2021-11-26", payoutMonth: "2021-12", supportReference: "21-06807 Rapporteringsskjema" },
  },
  {
    id: "q1-2022",
    seed: "S3",
    rules: ["Q122-PROG", "Q122-NOR"],
    lines: [
      { id: "q122-programme", type: "count", rule: "Q122-PROG" },
      { id: "q122-norwegian", type: "count", rule: "Q122-NOR" },
    ],
    total: { basis: "rates" },
  },
  {
    id: "vaccination-information-2022",
    seed: "S3",
    rules: ["VACC-MUNI-2022"],
    lines: [
      { id: "amount-used", type: "amount" },
      { id: "use-of-funds", type: "text", maxLength: 2000 },
    ],
    total: { basis: "allocation", rule: "VACC-MUNI-2022", usedLine: "amount-used" },
    source: { deadline: "2022-06-01" },
  },
  {
    id: "reception-quarterly",
    seed: "S2",
    rules: ["RECEPTION-2021"],
    lines: [{ id: "places-months", type: "places-months", rule: "RECEPTION-2021", amountId: "reception-rate" }],
    total: { basis: "rates" },
  },
  {
    id: "development-2023-annual",
    seed: "S1",
    rules: ["DEV-2023"],
    lines: [
      { id: "income", type: "amount" },
      { id: "expenses", type: "amount" },
      { id: "report", type: "text", maxLength: 4000 },
    ],
    total: { basis: "frame", rule: "DEV-2023", amountId: "dev-frame" },
    source: { deadline: "2024-02-01" },
  },
];

export function getReportTemplate(id: string): ReportTemplate | undefined {
  return REPORT_TEMPLATES.find((t) => t.id === id);
}

/** The rate a line pays per unit, in whole NOK, read from the catalog; null when the line pays nothing. */
export function lineRateNok(line: ReportLine): number | null {
  if (line.type === "count") {
    const rule = getRule(line.rule);
    return isPersonRule(rule) ? ((rule as PersonRule).figures.grantNok ?? null) : null;
  }
  if (line.type === "places-months") {
    const rule = getRule(line.rule);
    return isGrantRule(rule) ? (rule.amounts.find((a) => a.id === line.amountId)?.nok ?? null) : null;
  }
  return null;
}

/**
 * The money a line triggers: count × rate, or places × months × rate, in whole NOK. Integer arithmetic
 * only; inputs are validated as non-negative integers before they get here.
 */
export function lineAmountNok(line: ReportLine, value: { count?: number; places?: number; months?: number }): number {
  const rate = lineRateNok(line);
  if (rate === null) return 0;
  if (line.type === "count") return (value.count ?? 0) * rate;
  if (line.type === "places-months") return (value.places ?? 0) * (value.months ?? 0) * rate;
  return 0;
}

/**
 * A municipality's total as its template defines it (see `ReportTotal`), in whole NOK; null where the
 * rule gives none for this municipality: a frame-only scheme, a municipality the rule allocates nothing
 * to, or one whose allocation went to a municipality that was split since (never attributed by guess).
 * `allocatedTo` maps the rule's recipients (numbers as the source gives them) to today's numbers.
 */
export function templateTotal(
  template: ReportTemplate,
  code: string,
  values: Record<string, { count?: number; places?: number; months?: number; nok?: number }>,
  allocatedTo: (recipient: string) => string | undefined,
): { totalNok: number | null; usedNok?: number; unusedNok?: number | null } {
  const total = template.total;
  switch (total.basis) {
    case "rates":
      return { totalNok: template.lines.reduce((sum, l) => sum + lineAmountNok(l, values[l.id] ?? {}), 0) };
    case "allocation": {
      const rule = getRule(total.rule);
      const mine = isGrantRule(rule) ? (rule.allocations ?? []).filter((a) => allocatedTo(a.recipient) === code) : [];
      const totalNok = mine.length > 0 ? mine.reduce((sum, a) => sum + a.nok, 0) : null;
      const usedNok = values[total.usedLine]?.nok ?? 0;
      return { totalNok, usedNok, unusedNok: totalNok === null ? null : totalNok - usedNok };
    }
    case "frame":
      return { totalNok: null };
  }
}

/** The frame of a frame-only template's rule (DEV-2023: 7.9 MNOK), for the export's round totals. */
export function templateFrameNok(template: ReportTemplate): number | null {
  const total = template.total;
  if (total.basis !== "frame") return null;
  const rule = getRule(total.rule);
  return isGrantRule(rule) ? (rule.amounts.find((a) => a.id === total.amountId)?.nok ?? null) : null;
}
