import type { Lang } from "../rules/types";
import { caseworker as en } from "./en/caseworker";
import { caseworker as nb } from "./nb/caseworker";
import { caseworker as nn } from "./nn/caseworker";
import type { CaseworkerStrings } from "./schema";
import { caseworker as uk } from "./uk/caseworker";

/** The browser's draft and calendar panel in every language: imported only by that panel, which loads on click. */
export const CASEWORKER_STRINGS: Record<Lang, CaseworkerStrings> = { nb, nn, en, uk };
