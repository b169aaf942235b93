import type { DateWindow, EndGoal, IsoDate, Lang, PersonField } from "../types";
import type { Formatters, LanguagePack } from "./pack";

/**
 * Formatting per language, written out rather than taken from Intl locale data, which not every runtime
 * (Workers, older browsers) carries for nn and uk.
 */
export interface FormatSpec {
  months: string[];
  /** Day-month-year order and punctuation. */
  date: (day: number, month: string, year: number) => string;
  thousands: string;
  nok: (amount: string) => string;
  monthCount: (n: number) => string;
  windowText: (from: string | undefined, to: string | undefined, toInclusive: boolean) => string;
  yes: string;
  no: string;
}

export function makeFormatters(spec: FormatSpec, pack: Pick<LanguagePack, "endGoals" | "fields">): Formatters {
  const date = (d: IsoDate) => spec.date(Number(d.slice(8, 10)), spec.months[Number(d.slice(5, 7)) - 1] ?? "", Number(d.slice(0, 4)));
  return {
    date,
    window: (w: DateWindow) => spec.windowText(w.from && date(w.from), w.to && date(w.to), w.toInclusive),
    nok: (n: number) => spec.nok(groupThousands(n, spec.thousands)),
    months: spec.monthCount,
    endGoal: (g: EndGoal) => pack.endGoals[g],
    field: (f: PersonField) => pack.fields[f],
    yesNo: (b: boolean) => (b ? spec.yes : spec.no),
  };
}

export function groupThousands(n: number, separator: string): string {
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.abs(Math.trunc(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export type FormattersByLang = Record<Lang, Formatters>;
