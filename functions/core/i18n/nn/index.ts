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
  monthCount: (n) => `${n} ${n === 1 ? "månad" : "månader"}`,
  dayCount: (n) => `${n} ${n === 1 ? "dag" : "dagar"}`,
  windowText: (from, to, incl) =>
    from && to
      ? `frå og med ${from} ${incl ? "til og med" : "til (men ikkje med)"} ${to}`
      : to
        ? `${incl ? "til og med" : "før"} ${to}`
        : `frå og med ${from}`,
  yes: "ja",
  no: "nei",
};

/** Nynorsk (site-only words: `site.ts`; the API answers nynorsk readers in bokmål). */
export const nn: LanguagePack = { lang: "nn", name: "Norsk nynorsk", tag: "nn", format, ...resolveRuleTexts(ruleTexts, format), checker, tools };
