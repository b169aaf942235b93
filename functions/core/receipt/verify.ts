import { evaluate as liveEvaluate } from "../rules/engine/evaluate";
import type { Determination } from "../rules/engine/determination";
import { CHANGELOG, changesByRule, changesSince, entryByCatalogHash, type ChangelogEntry } from "../rules/history";
import type { Person } from "../rules/schema";
import type { IsoDate } from "../rules/types";
import { RULES, RULES_VERSION } from "../rules/catalog";
import { makeReceipt, type CatalogRef, type Receipt } from "./receipt";
import type { Verification } from "./schema";

export type { Verification };

/**
 * Does today's engine give the answer a receipt was made for? Recomputes the receipt of the original
 * request (on the receipt's assessment date unless the request names one) and compares. When the outcome
 * differs, it names the rules that changed between the receipt's catalog version and today's, from the
 * kept history. Pure apart from hashing; nothing is stored.
 */
export interface VerifyContext {
  evaluate: (person: Person, asOf: IsoDate) => Determination[];
  catalog: CatalogRef;
  changelog: readonly ChangelogEntry[];
}

const LIVE: VerifyContext = { evaluate: liveEvaluate, catalog: { rulesVersion: RULES_VERSION, rules: RULES }, changelog: CHANGELOG };

export async function verifyReceipt(request: { asOf?: IsoDate; person: Person }, receipt: Receipt, context: VerifyContext = LIVE): Promise<Verification> {
  const asOf = request.asOf ?? receipt.asOf;
  const determinations = context.evaluate(request.person, asOf);
  const current = await makeReceipt({ asOf, person: request.person }, determinations, context.catalog);
  const then = entryByCatalogHash(receipt.catalogHash, context.changelog);
  const catalog = receipt.catalogHash === current.catalogHash ? "same" : then ? "changed" : "unknown";
  const since = catalog === "changed" && then ? (changesSince(then.version, context.changelog) ?? []) : [];
  const evaluated = new Set<string>(determinations.map((d) => d.rule));
  const input = current.inputHash === receipt.inputHash ? "same" : "different";
  const outcome = current.outcomeHash === receipt.outcomeHash ? "same" : "different";
  return {
    match: input === "same" && outcome === "same",
    input,
    outcome,
    catalog,
    receiptVersion: then?.version ?? null,
    currentVersion: current.rulesVersion,
    current,
    changedRules: [...changesByRule(since)].map(([rule, changes]) => ({ rule, inAnswer: evaluated.has(rule), changes })),
  };
}
