import { getRule } from "../rules/catalog";
import { ruleFacts, type RuleFacts } from "../rules/ruleFacts";
import type { RuleId } from "../rules/types";
import { plainText } from "./foreign";
import { makeFormatters } from "./formatters";
import type { CatalogWords, FormatSpec, RuleTexts, RuleTextsSource, RuleWords } from "./schema";

/**
 * A language's catalog words with every figure filled in from the catalog (`RuleWords`, `CatalogWords`).
 * `keepMarks` keeps the marks of Norwegian passages (`[[nb:…]]`, foreign.ts) for pages that render them
 * as `lang` attributes; the language packs everyone else reads are plain text.
 */
export function resolveRuleTexts(source: RuleTextsSource, format: FormatSpec, keepMarks = false): RuleTexts {
  const text = keepMarks ? (s: string) => s : plainText;
  const words = <K extends string>(record: Record<K, string>): Record<K, string> =>
    Object.fromEntries(Object.entries<string>(record).map(([k, v]) => [k, text(v)])) as Record<K, string>;
  const endGoals = words(source.endGoals);
  const fields = words(source.fields);
  const f = makeFormatters({ format, endGoals, fields });
  const facts = new Map<RuleId, RuleFacts>();
  const lookUp = (id: RuleId): RuleFacts => {
    if (!facts.has(id)) facts.set(id, ruleFacts(getRule(id)));
    return facts.get(id)!;
  };
  const ruleWords = (id: RuleId, w: RuleWords) => text(typeof w === "string" ? w : w(lookUp(id), f));
  const catalogWords = (w: CatalogWords) => text(typeof w === "string" ? w : w(lookUp, f));
  const each = <K extends string, V, R>(record: Record<K, V>, fn: (v: V, k: K) => R): Record<K, R> =>
    Object.fromEntries(Object.entries<V>(record).map(([k, v]) => [k, fn(v, k as K)])) as Record<K, R>;
  return {
    ...source,
    rules: each(source.rules, (r, id) => ({ title: ruleWords(id, r.title), summary: ruleWords(id, r.summary) })),
    notes: each(source.notes, catalogWords),
    grantConditions: each(source.grantConditions, catalogWords),
    measures: words(source.measures),
    groups: words(source.groups),
    statuses: words(source.statuses),
    statusesForInformation: words(source.statusesForInformation),
    kinds: words(source.kinds),
    legalBases: words(source.legalBases),
    endGoals,
    fields,
    seeds: words(source.seeds),
    deadlines: words(source.deadlines),
    amounts: words(source.amounts),
    validation: words(source.validation),
  };
}
