import type { WordedDetermination } from "./answerSchema";
import type { Determination } from "./engine/determination";
import { windowNotation } from "./dates";
import { formatters, packFor } from "../i18n";
import type { Lang, NoteId } from "./types";

/**
 * Puts a determination into words in one language. The engine stays language-neutral; this layer only
 * reads the language packs, so flow, calculation and wording stay apart. The shape is `answerSchema.ts`'s.
 */
export type { WordedDetermination };

export function wordDetermination(d: Determination, lang: Lang): WordedDetermination {
  const pack = packFor(lang);
  const f = formatters(lang);
  const informational = d.kind === "information" || d.kind === "duty";
  const note = (id: NoteId) => ({ id, text: pack.notes[id] });
  return {
    ...d,
    title: pack.rules[d.rule].title,
    summary: pack.rules[d.rule].summary,
    statusText: (informational ? pack.statusesForInformation : pack.statuses)[d.status],
    reasons: d.reasons.map((r) => ({ ...r, ...(r.window && { bound: windowNotation(r.window) }), text: pack.condition[r.condition](r, f) })),
    nearestMiss: d.nearestMiss.map((m) => ({ ...m, text: pack.miss[m.condition](m, f) })),
    notes: d.notes.map(note),
    warnings: d.warnings.map(note),
    deadlines: d.deadlines.map((x) => ({ ...x, text: pack.deadline(x, f) })),
  };
}
