import type { Lang } from "../../functions/core/rules";
import type { Ui } from "./uiStrings";
import { en } from "./ui.en";
import { nb } from "./ui.nb";
import { nn } from "./ui.nn";
import { uk } from "./ui.uk";

/** Every UI string of the site, per language. */
export const UI: Record<Lang, Ui> = { nb, nn, en, uk };

export type { Ui };
