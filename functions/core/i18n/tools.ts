import type { Lang } from "../rules/types";
import { tools as en } from "./en/tools";
import { tools as nb } from "./nb/tools";
import { tools as nn } from "./nn/tools";
import type { ToolStrings } from "./schema";
import { tools as uk } from "./uk/tools";

/**
 * The grant calculators' words in every language: only the Worker's calculator pages and their shells
 * use them, so they are not in the language pack the browser's checker loads.
 */
export const TOOL_STRINGS: Record<Lang, ToolStrings> = { nb, nn, en, uk };
