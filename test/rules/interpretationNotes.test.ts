import { describe, expect, it } from "vitest";
import { getReportTemplate, type Person } from "../../functions/core/rules";
import { determination, statusOf } from "./helpers";

/** One test per interpretation note of the domain brief: the behaviour it decides, and that it is shown. */
const intro = (programme?: Person["programme"], norwegianTraining?: Person["norwegianTraining"]): Person => ({
  legalBasis: "introduksjonsloven",
  ...(programme && { programme }),
  ...(norwegianTraining && { norwegianTraining }),
});

describe("interpretation notes", () => {
  it("note 1: a programme start on 1 July 2019 is package III, not package II", () => {
    const p = intro({ start: "2019-07-01" });
    expect(statusOf(p, "IP3-PROG")).toBe("needs-assessment");
    expect(statusOf(p, "IP2-PROG")).toBe("not-entitled");
    expect(determination(p, "IP3-PROG").notes).toContain("N1-IP2-IP3-BOUNDARY");
    expect(determination(p, "IP2-PROG").notes).toContain("N1-IP2-IP3-BOUNDARY");
  });

  it("note 2: Norwegian training ending 1 July 2021 is package III; 30 June 2021 is the last day of package II", () => {
    expect(statusOf(intro(undefined, { rightAndDuty: true, end: "2021-07-01" }), "IP3-NOR")).toBe("entitled");
    expect(statusOf(intro(undefined, { rightAndDuty: true, end: "2021-07-01" }), "IP2-NOR")).toBe("not-entitled");
    expect(statusOf(intro(undefined, { rightAndDuty: true, end: "2021-06-30" }), "IP2-NOR")).toBe("entitled");
    expect(determination(intro(), "IP2-NOR").notes).toContain("N2-NOR-JULY-BOUNDARY");
  });

  it("note 3: a start on exactly 1 January 2019 gets four months and the reinforced programme", () => {
    const p = intro({ start: "2019-01-01" });
    expect(determination(p, "IP2-PROG")).toMatchObject({ status: "needs-assessment", maxMonths: 4 });
    expect(statusOf(p, "IP1-PROG")).toBe("not-entitled");
    expect(statusOf(p, "REINF")).toBe("entitled");
    expect(determination(p, "REINF").notes).toContain("N3-START-2019-01-01");
  });

  it("note 4: training ending on 31 December 2020 is in the six-month group", () => {
    const p = intro(undefined, { rightAndDuty: true, end: "2020-12-31" });
    expect(determination(p, "IP1-NOR")).toMatchObject({ status: "entitled", maxMonths: 6 });
    expect(statusOf(p, "IP2-NOR")).toBe("not-entitled");
    expect(determination(p, "IP1-NOR").notes).toContain("N4-NOR-2020-12-31");
  });

  it("note 5: someone not participating on the reference date is not in the package", () => {
    const d = determination(intro({ start: "2019-03-01", end: "2020-12-31" }), "IP2-PROG");
    expect(d.status).toBe("not-entitled");
    expect(d.reasons.find((r) => r.condition === "participating-on")).toMatchObject({ held: false, date: "2021-01-01" });
    expect(d.notes).toContain("N5-PARTICIPATING-ON-REFERENCE-DATE");
  });

  it("note 6: the 2022 Q1 programme rule goes by the (planned) end date, whatever the start", () => {
    expect(statusOf(intro({ start: "2017-01-01", end: "2022-02-15" }), "Q122-PROG")).toBe("needs-assessment");
    expect(statusOf(intro({ start: "2021-06-01", end: "2022-04-01" }), "Q122-PROG")).toBe("not-entitled");
    expect(determination(intro(), "Q122-PROG").notes).toContain("N6-Q122-BY-END-DATE");
  });

  it("note 7: package I does not cover a programme or training that ended before 1 August 2020", () => {
    expect(statusOf(intro({ start: "2017-01-01", end: "2020-07-31" }), "IP1-PROG")).toBe("not-entitled");
    expect(statusOf(intro(undefined, { end: "2020-07-31" }), "IP1-NOR")).toBe("not-entitled");
    expect(statusOf(intro(undefined, { end: "2020-08-01" }), "IP1-NOR")).toBe("entitled");
    expect(determination(intro(), "IP1-PROG").notes).toContain("N7-PACKAGE-I-LOWER-BOUND");
    expect(determination(intro(), "IP1-NOR").notes).toContain("N7-PACKAGE-I-LOWER-BOUND");
  });

  it("note 8: package I was paid by a distribution key, packages II and III by reported counts", () => {
    expect(determination(intro({ start: "2018-01-01" }), "IP1-PROG").grantNok).toBeNull();
    expect(determination(intro({ start: "2019-02-01" }), "IP2-PROG").grantNok).toBe(45000);
    const round = getReportTemplate("package-iii-2021");
    expect(round?.lines.filter((l) => l.type === "count" && l.lastChance).map((l) => l.type === "count" && l.rule)).toEqual([
      "IP2-PROG",
      "IP2-NOR",
    ]);
    expect(determination(intro(), "IP2-PROG").notes).toContain("N8-PACKAGE-REPORTING");
  });

  it("note 9: the 2022 Q1 package is current until its extension could have run out (window end + its months)", () => {
    const ended = intro({ start: "2020-01-01", end: "2022-03-31" });
    for (const [asOf, historical] of [["2022-07-30", false], ["2022-07-31", false], ["2022-08-01", true]] as const) {
      expect(determination(ended, "Q122-PROG", asOf)).toMatchObject({ status: "needs-assessment", historical });
    }
    expect(determination(ended, "Q122-PROG", "2022-07-31").warnings).toEqual([]);
    expect(determination(ended, "Q122-PROG", "2022-08-01").warnings).toEqual(["HISTORICAL-RULE"]);
    expect(determination(ended, "Q122-PROG").notes).toContain("N9-Q122-EXTENSION-PERIOD");
    expect(determination(intro(), "Q122-NOR").notes).toContain("N9-Q122-EXTENSION-PERIOD");
  });

  it("note 10: package I Norwegian has no right-and-duty condition (S0 states it only for II, III and 2022 Q1), and says so", () => {
    const withoutDuty = intro(undefined, { rightAndDuty: false, end: "2020-10-01" });
    const d = determination(withoutDuty, "IP1-NOR");
    expect(d.status).toBe("entitled");
    expect(d.reasons.map((r) => r.condition)).not.toContain("right-and-duty");
    expect(d.notes).toContain("N10-IP1-NOR-NO-RIGHT-AND-DUTY");
    // The later packages keep the condition.
    expect(statusOf(intro(undefined, { rightAndDuty: false, end: "2021-03-01" }), "IP2-NOR")).toBe("not-entitled");
  });
});
