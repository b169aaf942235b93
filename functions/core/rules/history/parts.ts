/** The closed lists of a change (no imports: the browser's changes page reads them without zod). */
export const CHANGE_KINDS = ["added", "removed", "changed"] as const;

/** What part of the catalog a change touches; the changes page and the verify answer word each. */
export const CHANGE_PARTS = [
  "rule", "classification", "applies-to", "validity", "window", "reference-date", "figure", "citation", "note",
  "amount", "condition", "deadline", "allocation", "other", "text", "note-text",
] as const;
