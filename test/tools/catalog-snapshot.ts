/**
 * Keeps the current catalog version: writes functions/core/rules/history/snapshots/<sequence>-<version>.json
 * when the rules version has none yet, and regenerates the changelog derived from all of them
 * (history/changelog.json). A kept version is never rewritten: when the texts changed but the rules
 * version did not, set a new CATALOG_EDITION and run this again. `npm run catalog:snapshot`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { canonicalJson } from "../../functions/core/receipt/canonical";
import { currentSnapshot } from "../../functions/core/rules/history/current";
import { changelogOf } from "../../functions/core/rules/history/diff";
import type { CatalogSnapshot } from "../../functions/core/rules/history/types";

const dir = new URL("../../functions/core/rules/history/", import.meta.url);
const snapshotsDir = new URL("snapshots/", dir);
const kept = readdirSync(snapshotsDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(new URL(f, snapshotsDir), "utf8")) as CatalogSnapshot);

const next = Math.max(0, ...kept.map((s) => s.sequence)) + 1;
const current = await currentSnapshot(next);
const existing = kept.find((s) => s.version === current.version);
if (existing) {
  if (canonicalJson({ ...existing, sequence: 0 }) !== canonicalJson({ ...current, sequence: 0 })) {
    console.error(
      `The catalog's words changed but its rules version (${current.version}) did not, and a kept version is never rewritten.\n` +
        "Set CATALOG_EDITION in functions/core/rules/catalog/index.ts to today's date and run `npm run catalog:snapshot` again.",
    );
    process.exit(1);
  }
  console.log(`Rules version ${current.version} is kept already (snapshot ${existing.sequence}).`);
} else {
  const file = `${String(next).padStart(4, "0")}-${current.version}.json`;
  writeFileSync(new URL(file, snapshotsDir), `${JSON.stringify(current, null, 2)}\n`);
  kept.push(current);
  console.log(`Kept rules version ${current.version} as snapshots/${file}.`);
}
writeFileSync(new URL("changelog.json", dir), `${JSON.stringify(changelogOf(kept), null, 2)}\n`);
console.log(`Wrote history/changelog.json (${kept.length} version${kept.length === 1 ? "" : "s"}).`);
