import { resolveRuleTexts } from "../resolve";
import type { FormatSpec, LanguagePack } from "../schema";
import { checker } from "./checker";
import { ruleTexts } from "./rules";
import { tools } from "./tools";

/** Dates, amounts and month counts, written out rather than taken from Intl (not every runtime has nn and uk). */
const format: FormatSpec = {
  months: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  date: (d, m, y) => `${d}. ${m} ${y}`,
  thousands: "\u00a0",
  nok: (a) => `${a}\u00a0kr`,
  monthCount: (n) => `${n} ${n === 1 ? "måned" : "måneder"}`,
  dayCount: (n) => `${n} ${n === 1 ? "dag" : "dager"}`,
  windowText: (from, to, incl) =>
    from && to
      ? `fra og med ${from} ${incl ? "til og med" : "til (men ikke med)"} ${to}`
      : to
        ? `${incl ? "til og med" : "før"} ${to}`
        : `fra og med ${from}`,
  yes: "ja",
  no: "nei",
};

/** Bokmål, the default language: the pack the Worker, the browser and the site read (site-only words: `site.ts`; the API's: `api.ts`). */
export const nb: LanguagePack = { lang: "nb", name: "Norsk bokmål", tag: "nb", format, ...resolveRuleTexts(ruleTexts, format), checker, tools };
