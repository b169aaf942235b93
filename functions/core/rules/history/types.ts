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

/** A change and a changelog entry leave the API: their types come from `schema.ts`'s zod schemas. */
export type { Change, ChangeKind, ChangelogEntry, ChangePart } from "./schema";
