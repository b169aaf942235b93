import changelogData from "./changelog.json";
import type { Change, ChangelogEntry } from "./types";

/**
 * The rules' history: the changelog derived from every kept catalog version (`snapshots/`, written by
 * `npm run catalog:snapshot`; test/rules/history.test.ts holds the two to each other and fails when the
 * current catalog has no snapshot). The Worker and the site read the changelog, never the snapshots.
 */
export type { Change, ChangelogEntry } from "./types";
export const CHANGELOG = changelogData as ChangelogEntry[];

/** The entries after `version`, oldest first; undefined when the version was never kept. */
export function changesSince(version: string, changelog: readonly ChangelogEntry[] = CHANGELOG): ChangelogEntry[] | undefined {
  const i = changelog.findIndex((e) => e.version === version);
  return i < 0 ? undefined : changelog.slice(i + 1);
}

export function entryByCatalogHash(hash: string, changelog: readonly ChangelogEntry[] = CHANGELOG): ChangelogEntry | undefined {
  return changelog.find((e) => e.catalogHash === hash);
}

/** Per rule, every change in the given entries (in order). */
export function changesByRule(entries: readonly ChangelogEntry[]): Map<string, Change[]> {
  const byRule = new Map<string, Change[]>();
  for (const e of entries) {
    for (const c of e.changes) {
      if (!c.rule) continue;
      byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);
    }
  }
  return byRule;
}
