import { addDays, daysBetween, getRule, getReportTemplate, lastDay, type IsoDate, type PersonRule, type RuleId } from "../../functions/core/rules";

/**
 * Geometry of the COVID-package timeline, computed at build time from the catalog windows. Pure, so it
 * is tested without a browser; the component only draws what this returns.
 */
export const TIMELINE_RULES: RuleId[] = ["IP1-PROG", "IP2-PROG", "IP3-PROG", "Q122-PROG", "IP1-NOR", "IP2-NOR", "IP3-NOR", "Q122-NOR"];

export interface Bar {
  rule: RuleId;
  kind: "programme" | "norwegian";
  /** First and last day inside the window; an open start is drawn from the axis start. */
  from: IsoDate;
  to: IsoDate;
  openStart: boolean;
  x: number;
  width: number;
  y: number;
}

export interface Timeline {
  start: IsoDate;
  end: IsoDate;
  width: number;
  height: number;
  bars: Bar[];
  markers: Array<{ date: IsoDate; x: number; what: "reporting-deadline" | "reference-date"; rule?: RuleId }>;
  years: Array<{ year: number; x: number }>;
}

const ROW = 26;
const LEFT = 90;

export function buildTimeline(start: IsoDate = "2018-07-01", end: IsoDate = "2022-06-30", width = 900): Timeline {
  const span = daysBetween(start, end);
  const x = (d: IsoDate) => LEFT + ((width - LEFT - 10) * Math.min(Math.max(daysBetween(start, d), 0), span)) / span;
  const bars: Bar[] = TIMELINE_RULES.map((id, i) => {
    const rule = getRule(id) as PersonRule;
    const w = rule.windows.programmeStart ?? rule.windows.programmeEnd ?? rule.windows.trainingEnd!;
    const from = w.from ?? start;
    const to = lastDay(w) ?? end;
    return {
      rule: id,
      kind: rule.measure === "extended-norwegian" ? "norwegian" : "programme",
      from,
      to,
      openStart: w.from === undefined,
      x: x(from),
      width: Math.max(2, x(addDays(to, 1)) - x(from)),
      y: 30 + i * ROW,
    };
  });
  const deadline = getReportTemplate("package-iii-2021")?.source?.deadline;
  const markers: Timeline["markers"] = deadline ? [{ date: deadline, x: x(deadline), what: "reporting-deadline" }] : [];
  for (const id of TIMELINE_RULES) {
    const ref = (getRule(id) as PersonRule).referenceDates;
    const d = ref.participatingOn ?? ref.participatingFrom;
    if (d) markers.push({ date: d, x: x(d), what: "reference-date", rule: id });
  }
  const years = [];
  for (let y = Number(start.slice(0, 4)) + 1; y <= Number(end.slice(0, 4)); y++) years.push({ year: y, x: x(`${y}-01-01`) });
  return { start, end, width, height: 40 + TIMELINE_RULES.length * ROW, bars, markers, years };
}
