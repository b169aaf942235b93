import type { WordedDetermination } from "./answerSchema";
import type { Determination } from "./engine/determination";
import { windowNotation } from "./dates";
import type { Formatters, LanguagePack } from "../i18n/schema";
import type { NoteId } from "./types";

/**
 * Puts a determination into words with one language's pack. The engine stays language-neutral; this layer
 * only reads the pack it is given, so the browser can load its own language alone (issue 17) and flow,
 * calculation and wording stay apart. The shape is `answerSchema.ts`'s.
 */
export function wordWith(d: Determination, pack: LanguagePack, f: Formatters): WordedDetermination {
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
