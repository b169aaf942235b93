import { describe, expect, it } from "vitest";
import type { Person, RuleId } from "../../functions/core/rules";
import { cases } from "./caseTable";
import { determination, statusOf } from "./helpers";

const intro = (start?: string, end?: string): Person => ({
  legalBasis: "introduksjonsloven",
  programme: { ...(start && { start }), ...(end && { end }) },
});

describe("extended programme time by programme start (packages I–III)", () => {
  // Every window edge: the day before, on, and after. `—` = ongoing programme (no end).
  const table = cases`
    # package I: start before 2019-01-01, still in the programme on or after 2020-08-01 (note 7)
    start      | end        | IP1-PROG         | IP2-PROG         | IP3-PROG
    2018-12-31 | —          | needs-assessment | not-entitled     | not-entitled
    2019-01-01 | —          | not-entitled     | needs-assessment | not-entitled
    2019-01-02 | —          | not-entitled     | needs-assessment | not-entitled
    2018-06-01 | 2020-07-31 | not-entitled     | not-entitled     | not-entitled
    2018-06-01 | 2020-08-01 | needs-assessment | not-entitled     | not-entitled
    2018-06-01 | 2020-08-02 | needs-assessment | not-entitled     | not-entitled
    # package II / III boundary: 1 July 2019 belongs to package III (note 1)
    2019-06-30 | —          | not-entitled     | needs-assessment | not-entitled
    2019-07-01 | —          | not-entitled     | not-entitled     | needs-assessment
    2019-07-02 | —          | not-entitled     | not-entitled     | needs-assessment
    # package III upper edge: before 2020-01-01
    2019-12-31 | —          | not-entitled     | not-entitled     | needs-assessment
    2020-01-01 | —          | not-entitled     | not-entitled     | not-entitled
    2020-01-02 | —          | not-entitled     | not-entitled     | not-entitled
    # package II: still participating on 2021-01-01 (note 5)
    2019-03-01 | 2020-12-31 | not-entitled     | not-entitled     | not-entitled
    2019-03-01 | 2021-01-01 | not-entitled     | needs-assessment | not-entitled
    2019-03-01 | 2021-01-02 | not-entitled     | needs-assessment | not-entitled
    # package III: still participating on 2021-07-01
    2019-09-01 | 2021-06-30 | not-entitled     | not-entitled     | not-entitled
    2019-09-01 | 2021-07-01 | not-entitled     | not-entitled     | needs-assessment
    2019-09-01 | 2021-07-02 | not-entitled     | not-entitled     | needs-assessment
  `;
  it.each(table)("start $start, end $end", (row) => {
    const person = intro(row.start, row.end);
    for (const rule of ["IP1-PROG", "IP2-PROG", "IP3-PROG"] as RuleId[]) {
      expect.soft(statusOf(person, rule), rule).toBe(row[rule]);
    }
  });

  it("gives six months in package I and four in packages II and III, with the grant per participant", () => {
    expect(determination(intro("2018-05-01"), "IP1-PROG")).toMatchObject({ maxMonths: 6, grantNok: null });
    expect(determination(intro("2019-02-01"), "IP2-PROG")).toMatchObject({ maxMonths: 4, grantNok: 45000 });
    expect(determination(intro("2019-08-15"), "IP3-PROG")).toMatchObject({ maxMonths: 4, grantNok: 45000 });
  });

  it("explains each condition with the person's value and the rule's bound", () => {
    const d = determination(intro("2019-08-15", "2021-12-31"), "IP3-PROG");
    expect(d.reasons).toEqual([
      expect.objectContaining({
        condition: "programme-start-in-window",
        actual: "2019-08-15",
        window: { from: "2019-07-01", to: "2020-01-01", toInclusive: false },
        held: true,
      }),
      expect.objectContaining({ condition: "participating-on", date: "2021-07-01", held: true }),
    ]);
  });

  it("names the nearest miss: the start one day too early for package III", () => {
    const d = determination(intro("2019-06-30"), "IP3-PROG");
    expect(d.nearestMiss).toEqual([expect.objectContaining({ field: "programme.start", nearest: "2019-07-01", days: 1 })]);
  });

  it("a programme that ended before the reference date is out, even with the start unknown (found by the peer engine)", () => {
    expect(determination({ legalBasis: "introduksjonsloven", programme: { end: "2020-12-31" } }, "IP2-PROG").status).toBe("not-entitled");
  });

  it("asks for the start date when it is missing", () => {
    const d = determination({ legalBasis: "introduksjonsloven" }, "IP2-PROG");
    expect(d.status).toBe("missing-information");
    expect(d.missing).toContain("programme.start");
  });
});

describe("2022 Q1 package: by the programme's (planned) end date (note 6)", () => {
  const table = cases`
    start      | end        | Q122-PROG
    2019-03-01 | 2021-12-31 | not-entitled
    2019-03-01 | 2022-01-01 | needs-assessment
    2019-03-01 | 2022-01-02 | needs-assessment
    2019-03-01 | 2022-03-30 | needs-assessment
    2019-03-01 | 2022-03-31 | needs-assessment
    2019-03-01 | 2022-04-01 | not-entitled
    2019-03-01 | —          | missing-information
  `;
  it.each(table)("end $end → $Q122-PROG", (row) => {
    expect(statusOf(intro(row.start, row.end), "Q122-PROG")).toBe(row["Q122-PROG"]);
  });

  it("applies to integreringsloven participants too", () => {
    const p: Person = { legalBasis: "integreringsloven", programme: { start: "2021-02-01", end: "2022-02-15" } };
    expect(determination(p, "Q122-PROG")).toMatchObject({ status: "needs-assessment", maxMonths: 4, grantNok: 45000 });
  });
});

describe("reinforced programme (start on or after 2019-01-01, note 3)", () => {
  const table = cases`
    start      | endGoal         | REINF        | maxMonths
    2018-12-31 | upper-secondary | not-entitled | 36
    2019-01-01 | upper-secondary | entitled     | 36
    2019-01-02 | work            | entitled     | —
  `;
  it.each(table)("start $start with end goal $endGoal → $REINF", (row) => {
    const d = determination({ ...intro(row.start), endGoal: row.endGoal as Person["endGoal"] }, "REINF");
    expect(d.status).toBe(row.REINF);
    expect(d.maxMonths).toBe(row.maxMonths === undefined ? null : Number(row.maxMonths));
  });

  it("a start on exactly 2019-01-01 gets four months and the reinforced programme", () => {
    const p = intro("2019-01-01");
    expect(determination(p, "IP2-PROG")).toMatchObject({ status: "needs-assessment", maxMonths: 4 });
    expect(statusOf(p, "IP1-PROG")).toBe("not-entitled");
    expect(statusOf(p, "REINF")).toBe("entitled");
    expect(determination(p, "IP2-PROG").notes).toContain("N3-START-2019-01-01");
  });
});

describe("career guidance", () => {
  it("every programme participant has the right to have the need assessed", () => {
    expect(statusOf(intro("2017-05-01"), "CAREER")).toBe("needs-assessment");
    expect(determination({ legalBasis: "introduksjonsloven" }, "CAREER").missing).toEqual(["programme.start"]);
  });
});
