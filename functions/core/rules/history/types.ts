import type { IsoDate, Lang } from "../types";

/**
 * A released catalog version as kept in `snapshots/` (written by `npm run catalog:snapshot`, never by
 * hand), and the changelog derived from them. Old versions may hold rule ids, fields or notes the
 * current vocabulary no longer has, so a snapshot is typed loosely: plain JSON, keyed by strings.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface SnapshotTexts {
  rules: Record<string, { title: string; summary: string }>;
  notes: Record<string, string>;
}

export interface CatalogSnapshot {
  /** The rules version (edition + hash of the rules' data), as every answer carries it. */
  version: string;
  edition: IsoDate;
  /** Order of release: 1 for the first kept version. */
  sequence: number;
  /** The receipt's catalog hash of this version. */
  catalogHash: string;
  rules: Array<{ id: string } & { [key: string]: Json }>;
  texts: Partial<Record<Lang, SnapshotTexts>>;
}

export const CHANGE_KINDS = ["added", "removed", "changed"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What part of the catalog a change touches; the changes page and the verify answer word each. */
export const CHANGE_PARTS = [
  "rule", "classification", "applies-to", "validity", "window", "reference-date", "figure", "citation", "note",
  "amount", "condition", "deadline", "allocation", "other", "text", "note-text",
] as const;
export type ChangePart = (typeof CHANGE_PARTS)[number];

export interface Change {
  change: ChangeKind;
  part: ChangePart;
  /** The rule the change is in; absent for a note's own text. */
  rule?: string;
  /** The note whose text changed (part `note-text`), or the note added to or removed from a rule (part `note`). */
  note?: string;
  /** Where in the rule: "figures.maxMonths", "windows.programmeStart", "validity.announcedTo", "title"… */
  path: string;
  before?: Json;
  after?: Json;
  /** For texts: the languages whose wording changed. */
  langs?: Lang[];
}

export interface ChangelogEntry {
  version: string;
  edition: IsoDate;
  sequence: number;
  catalogHash: string;
  /** The version before it; null for the first kept version (its changes are empty). */
  previous: string | null;
  changes: Change[];
}
