import type { Lang } from "../rules/types";
import { handOver as en } from "./en/handOver";
import { handOver as nb } from "./nb/handOver";
import { handOver as nn } from "./nn/handOver";
import type { HandOverStrings } from "./schema";
import { handOver as uk } from "./uk/handOver";

/** The hand-over's words in every language: the report form's script loads only these (a few hundred bytes each). */
export const HAND_OVER: Record<Lang, HandOverStrings> = { nb, nn, en, uk };
