import type { Lang } from "../rules/types";
import { site as en } from "./en/site";
import { site as nb } from "./nb/site";
import { site as nn } from "./nn/site";
import type { SiteStrings } from "./schema";
import { site as uk } from "./uk/site";

/** The static site's words in every language. Only the site imports this: the Worker never renders these pages. */
export const UI: Record<Lang, SiteStrings> = { nb, nn, en, uk };

export type { ListStrings, SiteStrings } from "./schema";
