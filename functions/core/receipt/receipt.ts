import { RULES, RULES_VERSION } from "../rules/catalog";
import type { Determination } from "../rules/engine/determination";
import type { Person } from "../rules/schema";
import type { IsoDate, Rule } from "../rules/types";
import { canonicalJson } from "./canonical";
import { shortHash } from "./hash";
import type { Receipt } from "./schema";

export type { Receipt };
export { parseReceiptCode, receiptCode } from "./code";

/**
 * The receipt of one answer: the rules version, a hash of the catalog, the assessment date, and hashes
 * of the normalised input and of the outcome. Nothing is stored: the receipt travels with the case file,
 * and the same request with the same catalog and engine gives the same receipt, in the Worker and in the
 * browser alike.
 */
export interface ReceiptInput {
  asOf: IsoDate;
  /** The person as the person schema parsed it (defaults applied, unknown keys refused). */
  person: Person;
}

/** The catalog a receipt is made against: the live one, or a fixture in tests. */
export interface CatalogRef {
  rulesVersion: string;
  rules: readonly Rule[];
}

const LIVE: CatalogRef = { rulesVersion: RULES_VERSION, rules: RULES };

/**
 * What a decision rests on, per rule: the status, the figures and the deadlines. Texts, notes and
 * reasons are left out, so rewording a note does not make an old answer "different".
 */
export function outcomeOf(determinations: readonly Determination[]) {
  return determinations.map((d) => ({
    rule: d.rule,
    status: d.status,
    minMonths: d.minMonths,
    maxMonths: d.maxMonths,
    extensionMonths: d.extensionMonths,
    grantNok: d.grantNok,
    deadlineMonths: d.deadlineMonths,
    deadlines: d.deadlines.map(({ what, from, months, due }) => ({ what, from, months, due })),
    missing: d.missing,
  }));
}

const catalogHashes = new WeakMap<readonly Rule[], Promise<string>>();

/** Hash of a catalog's data; computed once per catalog. */
export function catalogHash(rules: readonly Rule[]): Promise<string> {
  let hash = catalogHashes.get(rules);
  if (!hash) {
    hash = shortHash(canonicalJson(rules));
    catalogHashes.set(rules, hash);
  }
  return hash;
}

export async function makeReceipt(input: ReceiptInput, determinations: readonly Determination[], catalog: CatalogRef = LIVE): Promise<Receipt> {
  const [catalogDigest, inputHash, outcomeHash] = await Promise.all([
    catalogHash(catalog.rules),
    shortHash(canonicalJson({ asOf: input.asOf, person: input.person })),
    shortHash(canonicalJson(outcomeOf(determinations))),
  ]);
  return { version: 1, rulesVersion: catalog.rulesVersion, catalogHash: catalogDigest, asOf: input.asOf, inputHash, outcomeHash };
}
