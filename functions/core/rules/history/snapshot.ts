import type { LanguagePack } from "../../i18n/schema";
import type { IsoDate, Lang, Rule } from "../types";
import type { CatalogSnapshot, SnapshotTexts } from "./types";

/** A catalog version as data: the rules as the catalog holds them and their words in every language. */
export function snapshotOf(input: {
  version: string;
  edition: IsoDate;
  sequence: number;
  catalogHash: string;
  rules: readonly Rule[];
  packs: Record<Lang, Pick<LanguagePack, "rules" | "notes">>;
}): CatalogSnapshot {
  const texts: Partial<Record<Lang, SnapshotTexts>> = {};
  for (const [lang, pack] of Object.entries(input.packs) as [Lang, Pick<LanguagePack, "rules" | "notes">][]) {
    texts[lang] = { rules: { ...pack.rules }, notes: { ...pack.notes } };
  }
  // Through JSON, so the snapshot holds exactly what the file will (no undefined members).
  const rules = JSON.parse(JSON.stringify(input.rules)) as CatalogSnapshot["rules"];
  return { version: input.version, edition: input.edition, sequence: input.sequence, catalogHash: input.catalogHash, rules, texts };
}
