import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../site/lib/timeline";
import { localePath, langFromParam } from "../../site/i18n/routes";

describe("the COVID timeline is drawn from the catalog windows", () => {
  const t = buildTimeline();

  it("has one bar per package rule, in the order of the windows", () => {
    expect(t.bars.map((b) => b.rule)).toEqual(["IP1-PROG", "IP2-PROG", "IP3-PROG", "Q122-PROG", "IP1-NOR", "IP2-NOR", "IP3-NOR", "Q122-NOR"]);
  });

  it("draws package II and III programme windows edge to edge at 1 July 2019, never overlapping", () => {
    const ip2 = t.bars.find((b) => b.rule === "IP2-PROG")!;
    const ip3 = t.bars.find((b) => b.rule === "IP3-PROG")!;
    expect(ip2.to).toBe("2019-06-30");
    expect(ip3.from).toBe("2019-07-01");
    expect(ip2.x + ip2.width).toBeCloseTo(ip3.x, 2);
  });

  it("marks package I's open start, the reference dates and the package III reporting deadline", () => {
    expect(t.bars[0]).toMatchObject({ rule: "IP1-PROG", openStart: true, x: 0, to: "2018-12-31", reference: { date: "2020-08-01" } });
    expect(t.bars.filter((b) => b.openStart).map((b) => b.rule)).toEqual(["IP1-PROG"]);
    expect(t.bars.find((b) => b.rule === "IP2-PROG")?.reference?.date).toBe("2021-01-01");
    expect(t.deadline?.date).toBe("2021-11-26");
  });

  it("says which of the person's dates each window is about", () => {
    expect(t.bars.map((b) => b.window)).toEqual(["programmeStart", "programmeStart", "programmeStart", "programmeEnd", "trainingEnd", "trainingEnd", "trainingEnd", "trainingEnd"]);
  });

  it("places everything inside the axis, in per cent", () => {
    for (const b of t.bars) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(100.001);
    }
    expect(t.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022]);
    expect(t.years[0]!.x).toBeCloseTo((100 * 184) / 1461, 2);
  });
});

describe("site routes", () => {
  it("gives bokmål no prefix and the other languages theirs", () => {
    expect(localePath("nb", "/regler/")).toBe("/regler/");
    expect(localePath("uk", "/regler/")).toBe("/uk/regler/");
    expect(langFromParam(undefined)).toBe("nb");
    expect(langFromParam("nn")).toBe("nn");
    expect(langFromParam("xx")).toBe("nb");
  });
});
