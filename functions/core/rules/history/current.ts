import { PACKS } from "../../i18n";
import { catalogHash } from "../../receipt/receipt";
import { CATALOG_EDITION, RULES, RULES_VERSION } from "../catalog";
import { snapshotOf } from "./snapshot";
import type { CatalogSnapshot } from "./types";

/** The live catalog as a snapshot (for `npm run catalog:snapshot` and the test that holds the kept ones to it). */
export async function currentSnapshot(sequence: number): Promise<CatalogSnapshot> {
  return snapshotOf({ version: RULES_VERSION, edition: CATALOG_EDITION, sequence, catalogHash: await catalogHash(RULES), rules: RULES, packs: PACKS });
}
