import { resolveRuleTexts } from "../resolve";
import type { FormatSpec, LanguagePack } from "../schema";
import { checker } from "./checker";
import { plural } from "./plural";
import { ruleTexts } from "./rules";
import { tools } from "./tools";

/** Dates, amounts and month counts, written out rather than taken from Intl (not every runtime has nn and uk). */
const format: FormatSpec = {
  months: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
  // "року" written out: the abbreviation "р." ended a sentence in a double full stop ("2 грудня 2026 р..").
  date: (d, m, y) => `${d} ${m} ${y} року`,
  thousands: "\u00a0",
  // "крон" agrees with the number (1 крона, 2 крони, 5 крон); not "норв.", which matched searches for "норвезька".
  nok: (a) => `${a}\u00a0${plural(Number(a.replace(/\D/g, "")), "крона", "крони", "крон")}`,
  monthCount: (n) => `${n} ${plural(n, "місяць", "місяці", "місяців")}`,
  dayCount: (n) => `${n} ${plural(n, "день", "дні", "днів")}`,
  windowText: (from, to, incl) =>
    from && to
      ? `з ${from} ${incl ? "по" : "до (не включно)"} ${to}`
      : to
        ? `${incl ? "по" : "до"} ${to}${incl ? " включно" : ""}`
        : `з ${from}`,
  yes: "так",
  no: "ні",
};


/** Ukrainian (site-only words: `site.ts`; the API answers in bokmål or English). */
export const uk: LanguagePack = { lang: "uk", name: "Українська", tag: "uk", format, ...resolveRuleTexts(ruleTexts, format), checker, tools };
