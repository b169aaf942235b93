import type { WordedDetermination } from "./answerSchema";
import type { Determination } from "./engine/determination";
import { formatters, packFor } from "../i18n";
import type { Lang } from "./types";
import { wordWith } from "./wordWith";

/** Puts a determination into words in one language (the Worker and the API, which hold every pack). */
export type { WordedDetermination };

export function wordDetermination(d: Determination, lang: Lang): WordedDetermination {
  return wordWith(d, packFor(lang), formatters(lang));
}
