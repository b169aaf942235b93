import type { GrantRule, PersonRule, Rule, RuleId } from "../types";
import { COLLECTIVE_PROTECTION_RULES } from "./collectiveProtection";
import { COVID_RULES } from "./covid";
import { GRANT_RULES } from "./grants";
import { ORDINARY_RULES } from "./ordinary";

export const PERSON_RULES: PersonRule[] = [...COVID_RULES, ...COLLECTIVE_PROTECTION_RULES, ...ORDINARY_RULES];
export { GRANT_RULES };
export const RULES: Rule[] = [...PERSON_RULES, ...GRANT_RULES];

const byId = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

export function getRule(id: RuleId): Rule;
export function getRule(id: string): Rule | undefined;
export function getRule(id: string): Rule | undefined {
  return byId.get(id as RuleId);
}

export function isPersonRule(rule: Rule): rule is PersonRule {
  return rule.kind !== "grant-scheme";
}

export function isGrantRule(rule: Rule): rule is GrantRule {
  return rule.kind === "grant-scheme";
}

/** The edition date is set by hand when the catalog is reviewed against the sources. */
export const CATALOG_EDITION = "2026-12-06";

/**
 * The rules version every answer carries: the edition plus a short hash of the catalog data, so any
 * change to a figure, window or citation changes the version without anyone remembering to bump it.
 */
export const RULES_VERSION = `${CATALOG_EDITION}+${fnv1a(JSON.stringify(RULES))}`;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
