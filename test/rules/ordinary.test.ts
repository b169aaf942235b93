import { describe, expect, it } from "vitest";
import { evaluate, type Person } from "../../functions/core/rules";
import { cases } from "./caseTable";
import { determination, TODAY } from "./helpers";

const ordinary = (extra: Partial<Person> = {}): Person => ({ legalBasis: "integreringsloven", ...extra });

describe("ordinary participants under integreringsloven", () => {
  it("get the ordinary steps and the 2022 Q1 programme rule, and nothing from chapter 6A or packages I–III", () => {
    const rules = evaluate(ordinary(), TODAY).map((d) => d.rule);
    expect(rules).toEqual([
      "Q122-PROG",
      "ORD-MAP",
      "ORD-CAREER",
      "ORD-PLAN",
      "ORD-CONTRACT",
      "ORD-FULLTIME",
      "ORD-DECIDE",
      "ORD-NOR",
      "ORD-NIR",
    ]);
  });

  it("mapping and career guidance are a right and a duty (§§ 10–11)", () => {
    expect(determination(ordinary(), "ORD-MAP")).toMatchObject({ kind: "right-and-duty", status: "entitled" });
    expect(determination(ordinary(), "ORD-CAREER")).toMatchObject({ kind: "right-and-duty", status: "entitled" });
  });

  const table = cases`
    settled    | ORD-DECIDE | ORD-NOR
    2023-03-01 | 2023-06-01 | 2023-06-01
    2024-11-30 | 2025-02-28 | 2025-02-28
    2023-12-31 | 2024-03-31 | 2024-03-31
  `;
  it.each(table)("settled $settled: decision by $ORD-DECIDE, Norwegian training started by $ORD-NOR", (row) => {
    const p = ordinary({ settled: row.settled });
    expect(determination(p, "ORD-DECIDE").deadlines[0]?.due).toBe(row["ORD-DECIDE"]);
    expect(determination(p, "ORD-NOR").deadlines[0]).toMatchObject({ what: "norwegian-start", due: row["ORD-NOR"] });
    expect(determination(p, "ORD-NOR").notes).toContain("REGISTRATION-FROM-SETTLEMENT");
  });

  it("asks for the settlement date when a deadline needs it", () => {
    expect(determination(ordinary(), "ORD-DECIDE")).toMatchObject({ status: "missing-information", missing: ["settled"] });
  });

  const inForce = cases`
    asOf       | ORD-MAP
    2020-12-31 | not-entitled
    2021-01-01 | entitled
    2021-01-02 | entitled
  `;
  it.each(inForce)("integreringsloven in force from 2021-01-01: on $asOf → $ORD-MAP", (row) => {
    expect(determination(ordinary(), "ORD-MAP", row.asOf).status).toBe(row["ORD-MAP"]);
  });
});
