import type { Lang } from "../rules/types";
import { outputs as en } from "./en/outputs";
import { outputs as nb } from "./nb/outputs";
import { outputs as nn } from "./nn/outputs";
import type { OutputStrings } from "./schema";
import { outputs as uk } from "./uk/outputs";

/** The caseworker's outputs in every language (the Worker's pages and API; the browser loads them with a result). */
export const OUTPUT_STRINGS: Record<Lang, OutputStrings> = { nb, nn, en, uk };
