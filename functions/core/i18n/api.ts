import type { Lang } from "../rules/types";
import { api as en } from "./en/api";
import { api as nb } from "./nb/api";
import type { ApiStrings } from "./schema";

/**
 * The languages the API's own messages (problem titles and details) are written in, and those messages.
 * A language whose home has no `api.ts` is answered by content negotiation (`http/language.ts`).
 */
export const API_STRINGS = { nb, en } as const satisfies Partial<Record<Lang, ApiStrings>>;

export type ApiLanguage = keyof typeof API_STRINGS;

export const API_LANGUAGES = Object.keys(API_STRINGS) as ApiLanguage[];
