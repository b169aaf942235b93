import { z } from "zod";
import { CitationSchema, GrantRuleDataSchema, IsoDateString, PersonRuleDataSchema, ValiditySchema } from "../core/rules/catalogSchema";
import { packFor } from "../core/i18n";
import {
  isHistorical, KINDS, lastRelevantDate, MEASURES, NOTE_IDS, RULE_GROUPS, RULE_IDS, RULES_VERSION, SEEDS, todayInOslo, type Lang, type Rule,
} from "../core/rules";

/** A rule as the API presents it: the catalog data (the catalog's own schemas) plus its words in one language. */
export const RuleSchema = z
  .strictObject({
    id: z.enum(RULE_IDS),
    group: z.enum(RULE_GROUPS),
    measure: z.enum(MEASURES),
    kind: z.enum(KINDS),
    needsTested: z.boolean(),
    title: z.string(),
    summary: z.string(),
    validity: ValiditySchema,
    lastRelevantDate: IsoDateString.nullable(),
    historical: z.boolean(),
    citations: z.array(CitationSchema.extend({ file: z.string().meta({ description: "The seed's file name in shared/seeds/." }) })),
    notes: z.array(z.strictObject({ id: z.enum(NOTE_IDS), text: z.string() })),
    data: z.union([PersonRuleDataSchema, GrantRuleDataSchema]).meta({ description: "A person rule's figures and windows, or a grant scheme's amounts, deadlines and allocations." }),
    rulesVersion: z.string(),
  })
  .meta({ id: "Rule" });
export type DescribedRule = z.infer<typeof RuleSchema>;

export const RuleListSchema = z.strictObject({ rulesVersion: z.string(), rules: z.array(RuleSchema) }).meta({ id: "RuleList" });

export function describeRule(rule: Rule, lang: Lang, asOf = todayInOslo()): DescribedRule {
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
