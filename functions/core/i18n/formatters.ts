import type { DateWindow, EndGoal, IsoDate, PersonField } from "../rules/types";
import type { FormatSpec, Formatters, LanguagePack } from "./schema";

/** A language's formatters: its `FormatSpec` for dates, amounts and months, its words for end goals and fields. */
export function makeFormatters(pack: Pick<LanguagePack, "format" | "endGoals" | "fields">): Formatters {
  const spec: FormatSpec = pack.format;
  const date = (d: IsoDate) => spec.date(Number(d.slice(8, 10)), spec.months[Number(d.slice(5, 7)) - 1] ?? "", Number(d.slice(0, 4)));
  return {
    date,
    window: (w: DateWindow) => spec.windowText(w.from && date(w.from), w.to && date(w.to), w.toInclusive),
    nok: (n: number) => spec.nok(groupThousands(n, spec.thousands)),
    months: spec.monthCount,
    days: spec.dayCount,
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
