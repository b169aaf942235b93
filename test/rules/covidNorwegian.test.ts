import { describe, expect, it } from "vitest";
import type { Person, RuleId } from "../../functions/core/rules";
import { bool, cases } from "./caseTable";
import { determination, statusOf } from "./helpers";

const trainee = (end?: string, rightAndDuty?: boolean): Person => ({
  legalBasis: "introduksjonsloven",
  norwegianTraining: { ...(end && { end }), ...(rightAndDuty !== undefined && { rightAndDuty }) },
});

const RULES: RuleId[] = ["IP1-NOR", "IP2-NOR", "IP3-NOR", "Q122-NOR"];

describe("extended Norwegian training by the training's end date", () => {
  const table = cases`
    # package I: finished in [2020-08-01, 2020-12-31] (notes 4 and 7)
    end        | rightAndDuty | IP1-NOR      | IP2-NOR      | IP3-NOR      | Q122-NOR
    2020-07-31 | yes          | not-entitled | not-entitled | not-entitled | not-entitled
    2020-08-01 | yes          | entitled     | not-entitled | not-entitled | not-entitled
    2020-08-02 | yes          | entitled     | not-entitled | not-entitled | not-entitled
    2020-12-30 | yes          | entitled     | not-entitled | not-entitled | not-entitled
    2020-12-31 | yes          | entitled     | not-entitled | not-entitled | not-entitled
    # package II: [2021-01-01, 2021-07-01); 1 July 2021 is package III (note 2)
    2021-01-01 | yes          | not-entitled | entitled     | not-entitled | not-entitled
    2021-01-02 | yes          | not-entitled | entitled     | not-entitled | not-entitled
    2021-06-30 | yes          | not-entitled | entitled     | not-entitled | not-entitled
    2021-07-01 | yes          | not-entitled | not-entitled | entitled     | not-entitled
    2021-07-02 | yes          | not-entitled | not-entitled | entitled     | not-entitled
    # package III: to and including 2021-12-31
    2021-12-30 | yes          | not-entitled | not-entitled | entitled     | not-entitled
    2021-12-31 | yes          | not-entitled | not-entitled | entitled     | not-entitled
    # 2022 Q1: [2022-01-01, 2022-03-31]
    2022-01-01 | yes          | not-entitled | not-entitled | not-entitled | entitled
    2022-01-02 | yes          | not-entitled | not-entitled | not-entitled | entitled
    2022-03-30 | yes          | not-entitled | not-entitled | not-entitled | entitled
    2022-03-31 | yes          | not-entitled | not-entitled | not-entitled | entitled
    2022-04-01 | yes          | not-entitled | not-entitled | not-entitled | not-entitled
    # right and duty (introduksjonsloven § 17 first paragraph) is a condition from package II on
    2020-10-01 | no           | entitled     | not-entitled | not-entitled | not-entitled
    2021-03-01 | no           | not-entitled | not-entitled | not-entitled | not-entitled
    2021-09-01 | no           | not-entitled | not-entitled | not-entitled | not-entitled
    2022-02-01 | no           | not-entitled | not-entitled | not-entitled | not-entitled
  `;
  it.each(table)("training ended $end, right and duty $rightAndDuty", (row) => {
    const person = trainee(row.end, bool(row.rightAndDuty));
    for (const rule of RULES) expect.soft(statusOf(person, rule), rule).toBe(row[rule]);
  });

  it("is a right, not needs-tested: six months in package I, four after, with the grant per participant", () => {
    expect(determination(trainee("2020-10-01", true), "IP1-NOR")).toMatchObject({ maxMonths: 6, grantNok: null, needsTested: false });
    expect(determination(trainee("2021-03-01", true), "IP2-NOR")).toMatchObject({ maxMonths: 4, grantNok: 8000 });
    expect(determination(trainee("2021-09-01", true), "IP3-NOR")).toMatchObject({ maxMonths: 4, grantNok: 8000 });
    expect(determination(trainee("2022-02-01", true), "Q122-NOR")).toMatchObject({ maxMonths: 4, grantNok: 8000 });
  });

  it("decides on a known failure even when other fields are missing", () => {
    // No right and duty: package II cannot apply whatever the end date is.
    const d = determination(trainee(undefined, false), "IP2-NOR");
    expect(d.status).toBe("not-entitled");
    expect(d.missing).toEqual([]);
    expect(d.nearestMiss).toEqual([expect.objectContaining({ field: "norwegianTraining.rightAndDuty" })]);
  });

  it("lists both fields when neither is given", () => {
    expect(determination(trainee(), "IP3-NOR").missing).toEqual(["norwegianTraining.rightAndDuty", "norwegianTraining.end"]);
  });

  it("does not apply the introduksjonsloven § 17 package to integreringsloven participants", () => {
    const rules = new Set(
      ["IP1-NOR", "IP2-NOR", "IP3-NOR", "Q122-NOR"].filter((r) => {
        try {
          determination({ legalBasis: "integreringsloven" }, r as RuleId);
          return true;
        } catch {
          return false;
        }
      }),
    );
    expect(rules.size).toBe(0);
  });
});
