import { z } from "zod";
import { packFor } from "../core/rules/texts";
import { isHistorical, lastRelevantDate, RULES_VERSION, SEEDS, todayInOslo, type Lang, type Rule } from "../core/rules";

/** A rule as the API presents it: the catalog data plus its words in one language. */
export const RuleSchema = z
  .object({
    id: z.string(),
    group: z.string(),
    measure: z.string(),
    kind: z.string(),
    needsTested: z.boolean(),
    title: z.string(),
    summary: z.string(),
    validity: z.object({ from: z.string().optional(), to: z.string().optional(), announcedTo: z.string().optional() }),
    lastRelevantDate: z.string().nullable(),
    historical: z.boolean(),
    citations: z.array(z.object({ seed: z.string(), file: z.string(), legalBasis: z.string() })),
    notes: z.array(z.object({ id: z.string(), text: z.string() })),
    data: z.record(z.string(), z.unknown()).meta({ description: "Figures, windows, amounts, deadlines, allocations" }),
    rulesVersion: z.string(),
  })
  .meta({ id: "Rule" });

export function describeRule(rule: Rule, lang: Lang, asOf = todayInOslo()) {
  const pack = packFor(lang);
  const { id, group, measure, kind, needsTested, validity, citations, notes, ...data } = rule;
  return {
    id,
    group,
    measure,
    kind,
    needsTested,
    title: pack.rules[id].title,
    summary: pack.rules[id].summary,
    validity,
    lastRelevantDate: lastRelevantDate(rule) ?? null,
    historical: isHistorical(rule, asOf),
    citations: citations.map((c) => ({ seed: c.seed, file: SEEDS[c.seed].file, legalBasis: c.legalBasis })),
    notes: notes.map((n) => ({ id: n, text: pack.notes[n] })),
    data,
    rulesVersion: RULES_VERSION,
  };
}
