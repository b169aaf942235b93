import { canonicalJson } from "../../receipt/canonical";
import type { Lang } from "../types";
import type { CatalogSnapshot, Change, ChangelogEntry, ChangePart, Json } from "./types";

/**
 * The changes between two catalog versions: rules added or removed; per rule its windows, reference
 * dates, figures, validity dates, citations, notes, classification and a grant scheme's amounts,
 * conditions and deadlines; and the wording of titles, summaries and notes per language. Derived from
 * the kept snapshots, never written by hand.
 */
type SnapshotRule = CatalogSnapshot["rules"][number];
type JsonObject = { [key: string]: Json };

/** How each member of a rule is compared: member by member (windows, figures…), as a set (notes), or whole. */
const MEMBERS: Record<string, { part: ChangePart; by: "key" | "set" | "whole" }> = {
  group: { part: "classification", by: "whole" },
  measure: { part: "classification", by: "whole" },
  kind: { part: "classification", by: "whole" },
  needsTested: { part: "classification", by: "whole" },
  appliesTo: { part: "applies-to", by: "set" },
  validity: { part: "validity", by: "key" },
  windows: { part: "window", by: "key" },
  referenceDates: { part: "reference-date", by: "key" },
  figures: { part: "figure", by: "key" },
  citations: { part: "citation", by: "whole" },
  notes: { part: "note", by: "set" },
  amounts: { part: "amount", by: "whole" },
  conditions: { part: "condition", by: "set" },
  deadlines: { part: "deadline", by: "whole" },
  allocations: { part: "allocation", by: "whole" },
};

const same = (a: Json | undefined, b: Json | undefined) => canonicalJson(a) === canonicalJson(b);
const kindOf = (before: Json | undefined, after: Json | undefined) => (before === undefined ? "added" : after === undefined ? "removed" : "changed");

function ruleChanges(before: SnapshotRule, after: SnapshotRule): Change[] {
  const out: Change[] = [];
  const rule = after.id;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== "id");
  for (const key of keys) {
    const a = before[key];
    const b = after[key];
    if (same(a, b)) continue;
    const how = MEMBERS[key] ?? { part: "other" as const, by: "whole" as const };
    if (how.by === "key" && isObject(a) && isObject(b)) {
      for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        if (!same(a[k], b[k])) out.push(change(kindOf(a[k], b[k]), how.part, rule, `${key}.${k}`, a[k], b[k]));
      }
    } else if (how.by === "set" && Array.isArray(a) && Array.isArray(b)) {
      for (const x of b) if (!a.some((y) => same(x, y))) out.push({ ...change("added", how.part, rule, key, undefined, x), ...(key === "notes" && { note: String(x) }) });
      for (const x of a) if (!b.some((y) => same(x, y))) out.push({ ...change("removed", how.part, rule, key, x, undefined), ...(key === "notes" && { note: String(x) }) });
    } else {
      out.push(change(kindOf(a, b), how.part, rule, key, a, b));
    }
  }
  return out;
}

function change(kind: Change["change"], part: ChangePart, rule: string, path: string, before: Json | undefined, after: Json | undefined): Change {
  return { change: kind, part, rule, path, ...(before !== undefined && { before }), ...(after !== undefined && { after }) };
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Wording changes, one per rule field or note, naming the languages it changed in. */
function textChanges(before: CatalogSnapshot, after: CatalogSnapshot, ruleIds: Set<string>): Change[] {
  const perKey = new Map<string, { change: Change; langs: Lang[] }>();
  const note = (key: string, c: Change, lang: Lang) => {
    const entry = perKey.get(key) ?? { change: c, langs: [] };
    entry.langs.push(lang);
    perKey.set(key, entry);
  };
  const langs = [...new Set([...Object.keys(before.texts), ...Object.keys(after.texts)])] as Lang[];
  for (const lang of langs) {
    const a = before.texts[lang];
    const b = after.texts[lang];
    for (const id of ruleIds) {
      for (const field of ["title", "summary"] as const) {
        const x = a?.rules[id]?.[field];
        const y = b?.rules[id]?.[field];
        if (x !== y) note(`rule ${id} ${field}`, { change: kindOf(x, y), part: "text", rule: id, path: field }, lang);
      }
    }
    const notes = new Set([...Object.keys(a?.notes ?? {}), ...Object.keys(b?.notes ?? {})]);
    for (const id of [...notes].sort()) {
      const x = a?.notes[id];
      const y = b?.notes[id];
      if (x !== y) note(`note ${id}`, { change: kindOf(x, y), part: "note-text", note: id, path: `notes.${id}` }, lang);
    }
  }
  return [...perKey.values()].map(({ change, langs }) => ({ ...change, langs }));
}

export function diffSnapshots(before: CatalogSnapshot, after: CatalogSnapshot): Change[] {
  const old = new Map(before.rules.map((r) => [r.id, r]));
  const now = new Map(after.rules.map((r) => [r.id, r]));
  const changes: Change[] = [];
  for (const r of after.rules) {
    const o = old.get(r.id);
    changes.push(...(o ? ruleChanges(o, r) : [{ change: "added" as const, part: "rule" as const, rule: r.id, path: "" }]));
  }
  for (const r of before.rules) if (!now.has(r.id)) changes.push({ change: "removed", part: "rule", rule: r.id, path: "" });
  // Wording of rules in both versions (an added or removed rule brings or takes its words with it).
  const kept = new Set(after.rules.filter((r) => old.has(r.id)).map((r) => r.id));
  return [...changes, ...textChanges(before, after, kept)];
}

/** The changelog of a series of snapshots (sorted here by their sequence). */
export function changelogOf(snapshots: readonly CatalogSnapshot[]): ChangelogEntry[] {
  const sorted = [...snapshots].sort((a, b) => a.sequence - b.sequence);
  return sorted.map((s, i) => {
    const previous = i > 0 ? sorted[i - 1] : undefined;
    return {
      version: s.version,
      edition: s.edition,
      sequence: s.sequence,
      catalogHash: s.catalogHash,
      previous: previous?.version ?? null,
      changes: previous ? diffSnapshots(previous, s) : [],
    };
  });
}
