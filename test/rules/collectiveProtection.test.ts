import { describe, expect, it } from "vitest";
import { evaluate, type EndGoal, type Person } from "../../functions/core/rules";
import { bool, cases, num } from "./caseTable";
import { determination, statusOf, TODAY } from "./helpers";

const ukrainian = (extra: Partial<Person> = {}): Person => ({
  legalBasis: "collective-protection",
  permitGranted: "2022-04-01",
  ...extra,
});

describe("collective protection: permit window and validity", () => {
  const table = cases`
    permitGranted | asOf       | UA-MAP
    2022-03-10    | 2023-01-01 | not-entitled
    2022-03-11    | 2023-01-01 | entitled
    2022-03-12    | 2023-01-01 | entitled
    # chapter 6A in force from 2022-06-15
    2022-04-01    | 2022-06-14 | not-entitled
    2022-04-01    | 2022-06-15 | entitled
    2022-04-01    | 2022-06-16 | entitled
    # the announced end (2026-07-01) is not confirmed: still evaluated after it
    2022-04-01    | 2026-06-30 | entitled
    2022-04-01    | 2026-07-01 | entitled
    2022-04-01    | 2026-07-02 | entitled
  `;
  it.each(table)("permit $permitGranted on $asOf → $UA-MAP", (row) => {
    expect(statusOf(ukrainian({ permitGranted: row.permitGranted }), "UA-MAP", row.asOf)).toBe(row["UA-MAP"]);
  });

  it("warns prominently from the announced end date on, and not before", () => {
    expect(determination(ukrainian(), "UA-MAP", "2026-06-30").warnings).toEqual([]);
    expect(determination(ukrainian(), "UA-MAP", "2026-07-01").warnings).toEqual(["UA-END-DATE-ANNOUNCED"]);
    expect(determination(ukrainian(), "UA-MAP", "2026-07-01").historical).toBe(false);
  });

  it("never asks a person with collective protection about programme starts in 2019", () => {
    const fields = new Set(evaluate({ legalBasis: "collective-protection" }, TODAY).flatMap((d) => d.missing));
    expect([...fields].some((f) => f.startsWith("programme."))).toBe(false);
    expect(fields.has("permitGranted")).toBe(true);
  });
});

describe("programme duration for collective protection", () => {
  const table = cases`
    upperSecondary | age | endGoal         | rule       | status       | maxMonths | extensionMonths
    yes            | 30  | work            | UA-DUR-VGS | entitled     | 6         | 6
    no             | 30  | work            | UA-DUR-VGS | not-entitled | 6         | 6
    # under 25 without upper secondary: normally completed upper secondary (3 years), otherwise 2 years
    no             | 24  | upper-secondary | UA-DUR-U25 | entitled     | 36        | 12
    no             | 24  | work            | UA-DUR-U25 | entitled     | 24        | 12
    no             | 25  | upper-secondary | UA-DUR-U25 | not-entitled | 36        | 12
    no             | 24  | work            | UA-DUR-25  | not-entitled | 24        | 12
    no             | 25  | work            | UA-DUR-25  | entitled     | 24        | 12
    no             | 26  | education       | UA-DUR-25  | entitled     | 24        | 12
    no             | 40  | upper-secondary | UA-DUR-25  | entitled     | 36        | 12
    yes            | 40  | upper-secondary | UA-DUR-25  | not-entitled | 36        | 12
    no             | 24  | —               | UA-DUR-U25 | missing-information | — | 12
  `;
  it.each(table)("$rule: upper secondary $upperSecondary, age $age, end goal $endGoal → $status", (row) => {
    const p = ukrainian({ upperSecondary: bool(row.upperSecondary), age: num(row.age), endGoal: row.endGoal as EndGoal | undefined });
    const d = determination(p, row.rule as never);
    expect(d.status).toBe(row.status);
    expect(d.maxMonths).toBe(num(row.maxMonths) ?? null);
    expect(d.extensionMonths).toBe(num(row.extensionMonths) ?? null);
  });

  it("the duration rules without upper secondary start at three months", () => {
    expect(determination(ukrainian({ upperSecondary: false, age: 30, endGoal: "work" }), "UA-DUR-25").minMonths).toBe(3);
  });

  it("an extension is for the municipality to assess, and as long as the duration rule allows", () => {
    expect(determination(ukrainian({ upperSecondary: true }), "UA-EXT")).toMatchObject({ status: "needs-assessment", extensionMonths: 6 });
    expect(determination(ukrainian({ upperSecondary: false }), "UA-EXT")).toMatchObject({ extensionMonths: 12 });
    expect(determination(ukrainian(), "UA-EXT").missing).toEqual(["upperSecondary"]);
  });
});

describe("Norwegian training for collective protection: right, not duty, «mellom 18 og 67 år» (§ 37 d)", () => {
  // Read as from the 18th birthday until the 67th (the UA-NOR-AGE-67 note): 67 is outside.
  const table = cases`
    age | UA-NOR
    17  | not-entitled
    18  | entitled
    19  | entitled
    66  | entitled
    67  | not-entitled
    68  | not-entitled
  `;
  it.each(table)("age $age → $UA-NOR", (row) => {
    const d = determination(ukrainian({ age: num(row.age) }), "UA-NOR");
    expect(d.status).toBe(row["UA-NOR"]);
    expect(d.kind).toBe("right");
    expect(d.maxMonths).toBe(12);
    expect(d.notes).toContain("UA-NOR-AGE-67");
  });

  it("a 67-year-old is told the age limit and what would have qualified", () => {
    const d = determination(ukrainian({ age: 67 }), "UA-NOR");
    expect(d.nearestMiss).toEqual([expect.objectContaining({ condition: "age-between", field: "age" })]);
    expect(d.reasons.find((r) => r.condition === "age-between")).toMatchObject({ min: 18, max: 67, actual: 67, held: false });
  });
});

describe("parent guidance is a duty for participants with children under 18", () => {
  it.each([
    [true, "applies"],
    [false, "not-entitled"],
    [undefined, "missing-information"],
  ] as const)("children under 18: %s → %s", (children, status) => {
    const d = determination(ukrainian(children === undefined ? {} : { childrenUnder18: children }), "UA-PARENT");
    expect(d.status).toBe(status);
    expect(d.kind).toBe("duty");
  });
});

describe("decision deadline: at the latest three months after settlement", () => {
  const table = cases`
    settled    | due
    2023-03-01 | 2023-06-01
    2023-01-31 | 2023-04-30
    2023-11-30 | 2024-02-29
    2022-11-30 | 2023-02-28
  `;
  it.each(table)("settled $settled → due $due", (row) => {
    const d = determination(ukrainian({ settled: row.settled }), "UA-DECIDE");
    expect(d.deadlines).toEqual([expect.objectContaining({ what: "decision", from: row.settled, months: 3, due: row.due })]);
    expect(d.notes).toContain("MONTH-ARITHMETIC");
  });

  it("no integration contract is made: information that applies, not a right", () => {
    expect(determination(ukrainian(), "UA-CONTRACT")).toMatchObject({ kind: "information", status: "applies" });
  });
});
