import { addDays, daysBetween, getRule, getReportTemplate, lastDay, type IsoDate, type PersonRule, type RuleId, type WindowName } from "../../functions/core/rules";

/**
 * Geometry of the COVID-package timeline, computed at build time from the catalog windows. Positions are
 * percentages of the axis, so the component draws each row as its own SVG at the page's width (no
 * viewBox scaling: text keeps its size at 375 px) with the label as HTML beside or above it. Pure, so it is
 * tested without a browser; the component only draws what this returns.
 */
export const TIMELINE_RULES: RuleId[] = ["IP1-PROG", "IP2-PROG", "IP3-PROG", "Q122-PROG", "IP1-NOR", "IP2-NOR", "IP3-NOR", "Q122-NOR"];

export interface Bar {
  rule: RuleId;
  kind: "programme" | "norwegian";
  /** Which of the person's dates the window applies to (programme start or end, training end). */
  window: WindowName;
  /** First and last day inside the window; an open start is drawn from the axis start, fading in. */
  from: IsoDate;
  to: IsoDate;
  openStart: boolean;
  /** Left edge and width, in per cent of the axis. */
  x: number;
  width: number;
  /** "Must still take part on" (package II, III) or "on or after" (package I), where the rule has one. */
  reference?: { date: IsoDate; x: number };
}

export interface Timeline {
  start: IsoDate;
  end: IsoDate;
  bars: Bar[];
  /** The package III reporting deadline, drawn across every row. */
  deadline?: { date: IsoDate; x: number };
  years: Array<{ year: number; x: number }>;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function buildTimeline(start: IsoDate = "2018-07-01", end: IsoDate = "2022-06-30"): Timeline {
  const span = daysBetween(start, addDays(end, 1));
  const x = (d: IsoDate) => round((100 * Math.min(Math.max(daysBetween(start, d), 0), span)) / span);
  const bars: Bar[] = TIMELINE_RULES.map((id) => {
    const rule = getRule(id) as PersonRule;
    const window = (["programmeStart", "programmeEnd", "trainingEnd"] as const).find((n) => rule.windows[n])!;
    const w = rule.windows[window]!;
    const from = w.from ?? start;
    const to = lastDay(w) ?? end;
    const ref = rule.referenceDates.participatingOn ?? rule.referenceDates.participatingFrom;
    return {
      rule: id,
      kind: rule.measure === "extended-norwegian" ? "norwegian" : "programme",
      window,
      from,
      to,
      openStart: w.from === undefined,
      x: x(from),
      width: round(Math.max(0.5, x(addDays(to, 1)) - x(from))),
      ...(ref && { reference: { date: ref, x: x(ref) } }),
    };
  });
  const deadline = getReportTemplate("package-iii-2021")?.source?.deadline;
  const years = [];
  for (let y = Number(start.slice(0, 4)) + 1; y <= Number(end.slice(0, 4)); y++) years.push({ year: y, x: x(`${y}-01-01`) });
  return { start, end, bars, ...(deadline && { deadline: { date: deadline, x: x(deadline) } }), years };
}
