import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isIsoDate, windowNotation } from "../../functions/core/rules";
import { dayNumber } from "../../functions/core/rules/dates";
import { isoDate } from "./arbitraries";

describe("calendar dates", () => {
  it.each([
    ["2021-02-30", false],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2021-13-01", false],
    ["2021-1-01", false],
    ["2021-06-31", false],
    ["2021-12-31", true],
  ])("%s is a real date: %s", (d, ok) => expect(isIsoDate(d)).toBe(ok));

  it.each([
    ["2023-03-01", 3, "2023-06-01"],
    ["2023-11-30", 3, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2023-12-31", 2, "2024-02-29"],
    ["2024-01-31", 12, "2025-01-31"],
  ])("%s plus %i months is %s (last day of the month when the day does not exist)", (d, n, due) => {
    expect(addMonths(d, n)).toBe(due);
  });

  it("counts days exactly across leap years and centuries (fast-check against Date.UTC)", () => {
    fc.assert(
      fc.property(isoDate("1899-01-01", "2101-12-31"), isoDate("1899-01-01", "2101-12-31"), (a, b) => {
        const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
        expect(daysBetween(a, b)).toBe(Math.round((utc(b) - utc(a)) / 86_400_000));
        expect(addDays(a, daysBetween(a, b))).toBe(b);
      }),
      { numRuns: 3000 },
    );
  });

  // The engine compares dates as these numbers: each must be the calendar's own day count, not only
  // differ rightly from another (daysBetween), at the ends of the four-digit years as well.
  const utcDays = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
  it.each(["1970-01-01", "1969-12-31", "0000-01-01", "0000-02-29", "0000-03-01", "0001-01-01", "1900-02-28", "1900-03-01", "2000-02-29", "2100-03-01", "9999-12-31"])(
    "%s is the calendar's day number (days since 1970-01-01)",
    (d) => expect(dayNumber(d)).toBe(new Date(0).setUTCFullYear(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000),
  );

  it("numbers every day as the calendar does (fast-check against Date.UTC)", () => {
    fc.assert(fc.property(isoDate("1800-01-01", "2200-12-31"), (d) => {
        expect(dayNumber(d)).toBe(utcDays(d));
      }), { numRuns: 3000 });
  });

  it("writes windows in interval notation, inclusive or exclusive as the source says", () => {
    expect(windowNotation({ from: "2019-07-01", to: "2020-01-01", toInclusive: false })).toBe("[2019-07-01, 2020-01-01)");
    expect(windowNotation({ from: "2021-07-01", to: "2021-12-31", toInclusive: true })).toBe("[2021-07-01, 2021-12-31]");
    expect(windowNotation({ to: "2019-01-01", toInclusive: false })).toBe("(-∞, 2019-01-01)");
  });
});
