import { describe, expect, it } from "vitest";
import { osloDateTime, osloLocalToUtc } from "../../functions/intake/osloTime";
import { cases } from "../rules/caseTable";

describe("a deadline in Norwegian time is stored as the right UTC instant, summer and winter", () => {
  const table = cases`
    local            | utc
    # winter time, +01:00
    2026-01-15T12:00 | 2026-01-15T11:00:00.000Z
    2026-12-31T23:59 | 2026-12-31T22:59:00.000Z
    # summer time, +02:00
    2026-06-15T12:00 | 2026-06-15T10:00:00.000Z
    # clocks go forward on 2026-03-29 at 02:00 (01:00 UTC): the minute before, and the first minute after
    2026-03-29T01:59 | 2026-03-29T00:59:00.000Z
    2026-03-29T03:00 | 2026-03-29T01:00:00.000Z
    # 02:30 does not exist that night: read with the summer offset
    2026-03-29T02:30 | 2026-03-29T00:30:00.000Z
    # clocks go back on 2026-10-25 at 03:00 (01:00 UTC): 02:30 happens twice; the first one counts
    2026-10-25T01:59 | 2026-10-24T23:59:00.000Z
    2026-10-25T02:30 | 2026-10-25T00:30:00.000Z
    2026-10-25T03:00 | 2026-10-25T02:00:00.000Z
    # the day before and after
    2026-03-28T12:00 | 2026-03-28T11:00:00.000Z
    2026-03-30T12:00 | 2026-03-30T10:00:00.000Z
    2026-10-24T12:00 | 2026-10-24T10:00:00.000Z
    2026-10-26T12:00 | 2026-10-26T11:00:00.000Z
  `;
  it.each(table)("$local in Oslo is $utc", ({ local, utc }) => {
    expect(osloLocalToUtc(local as string)).toBe(utc);
  });

  it.each(["2026-02-30T12:00", "2026-06-15T24:00", "2026-06-15 12:00", "2026-06-15T12:00:00", "", "15.06.2026 12:00"])("refuses %j", (bad) => {
    expect(osloLocalToUtc(bad)).toBeUndefined();
  });

  it("reads back as the same wall-clock time", () => {
    expect(osloDateTime(osloLocalToUtc("2026-06-15T12:00")!)).toContain("12:00");
    expect(osloDateTime(osloLocalToUtc("2026-01-15T12:00")!)).toContain("12:00");
  });
});
