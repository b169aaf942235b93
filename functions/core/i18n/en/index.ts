import { resolveRuleTexts } from "../resolve";
import type { FormatSpec, LanguagePack } from "../schema";
import { checker } from "./checker";
import { ruleTexts } from "./rules";
import { tools } from "./tools";

/** Dates, amounts and month counts, written out rather than taken from Intl (not every runtime has nn and uk). */
const format: FormatSpec = {
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  date: (d, m, y) => `${d} ${m} ${y}`,
  thousands: ",",
  nok: (a) => `NOK ${a}`,
  monthCount: (n) => `${n} ${n === 1 ? "month" : "months"}`,
  dayCount: (n) => `${n} ${n === 1 ? "day" : "days"}`,
  windowText: (from, to, incl) =>
    from && to
      ? `from ${from} ${incl ? "up to and including" : "up to but not including"} ${to}`
      : to
        ? `${incl ? "up to and including" : "before"} ${to}`
        : `from ${from} on`,
  yes: "yes",
  no: "no",
};

/** English (site-only words: `site.ts`; the API's: `api.ts`). */
export const en: LanguagePack = { lang: "en", name: "English", tag: "en", format, ...resolveRuleTexts(ruleTexts, format), checker, tools };
