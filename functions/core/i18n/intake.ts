import { DRAFT_LANGUAGES, type DraftLang } from "./draftLanguages";
import { intake as nb } from "./nb/intake";
import { intake as nn } from "./nn/intake";
import type { IntakeStrings } from "./schema";

/**
 * The report pages' words, in the municipalities' written standards: bokmål and nynorsk, the same two a
 * decision draft is written in (`draftLanguages.ts`) and the contact register records per municipality.
 */
export const INTAKE_LANGUAGES = DRAFT_LANGUAGES;
export type IntakeLang = DraftLang;

export const INTAKE_STRINGS: Record<IntakeLang, IntakeStrings> = { nb, nn };

export const isIntakeLang = (value: unknown): value is IntakeLang => typeof value === "string" && (INTAKE_LANGUAGES as readonly string[]).includes(value);

export type { IntakeStrings } from "./schema";
