import { describe, expect, it } from "vitest";
import { DETAIL_GROUP, summarize, sharedNotes, type Summary } from "../../functions/core/checker/summary";
import { evaluate, MEASURES, type Determination, type Person } from "../../functions/core/rules";

/**
 * The result's summary (issue 15 items 1–3): each section's condition is written once in summary.ts; every
 * branch is tested here, first on single determinations, then on whole cases from the engine.
 */
const TODAY = "2026-11-22";

/** A determination shaped as the engine makes them, with what a test varies set. */
function det(over: Partial<Determination>): Determination {
  return {
    rule: "ORD-MAP",
    group: "ordinary",
    measure: "competence-mapping",
    kind: "right-and-duty",
    status: "entitled",
    needsTested: false,
    minMonths: null,
    maxMonths: null,
    extensionMonths: null,
    grantNok: null,
    deadlineMonths: null,
    deadlines: [],
    reasons: [],
    nearestMiss: [],
    missing: [],
    notes: [],
    warnings: [],
    sources: [],
    validity: {},
    historical: false,
    ...over,
  };
}

/** The sections a determination lands in (a deadline line counts as "deadlines"). */
function sections(summary: Summary, d: Determination): string[] {
  const keys = ["rights", "assessed", "municipalityDuties", "yourDuties", "goodToKnow", "notYours", "notApplicable", "earlier"] as const;
  const out: string[] = keys.filter((k) => summary[k].includes(d));
  if (summary.deadlines.some((x) => x.determination === d)) out.push("deadlines");
  if (summary.undecided.some((u) => u.determinations.includes(d))) out.push("undecided");
  return out;
}
const where = (d: Determination) => sections(summarize([d], TODAY), d);

describe("each determination's place in the summary", () => {
  it.each<[string, Partial<Determination>, string[]]>([
    ["a right that holds", { kind: "right", status: "entitled" }, ["rights"]],
    ["a right and duty that holds", { kind: "right-and-duty", status: "entitled" }, ["rights"]],
    ["a needs-tested right", { kind: "right", status: "needs-assessment", needsTested: true }, ["assessed"]],
    ["the municipality's duty (NIR)", { rule: "UA-NIR", measure: "register", kind: "duty", status: "applies" }, ["municipalityDuties"]],
    ["the person's duty (parent guidance)", { rule: "UA-PARENT", measure: "parent-guidance", kind: "duty", status: "applies" }, ["yourDuties"]],
    ["an information rule that applies", { rule: "UA-CONTRACT", measure: "integration-contract", kind: "information", status: "applies" }, ["goodToKnow"]],
    ["a right that does not hold", { kind: "right", status: "not-entitled" }, ["notYours"]],
    ["a duty that does not apply is left to the details", { rule: "UA-PARENT", measure: "parent-guidance", kind: "duty", status: "not-entitled" }, []],
    ["information that does not apply is left to the details", { rule: "UA-CONTRACT", measure: "integration-contract", kind: "information", status: "not-entitled" }, []],
    ["a rule the answers cannot decide", { status: "missing-information", missing: ["settled"] }, ["undecided"]],
    ["an ended rule that held: never among today's rights", { rule: "IP3-PROG", group: "covid", kind: "right", status: "needs-assessment", historical: true }, ["earlier"]],
    ["an ended rule that did not hold", { rule: "IP2-PROG", group: "covid", kind: "right", status: "not-entitled", historical: true }, ["earlier"]],
  ])("%s", (_, over, expected) => expect(where(det(over))).toEqual(expected));

  it("a decision deadline is said once, as what the municipality must do by when, not as a right", () => {
    const d = det({ rule: "UA-DECIDE", measure: "decision-deadline", kind: "right", deadlines: [{ what: "decision", fromField: "settled", from: "2026-09-01", months: 3, due: "2026-12-01" }] });
    expect(where(d)).toEqual(["deadlines"]);
  });

  it("a right with a deadline is a right, and its deadline is the municipality's", () => {
    const d = det({ rule: "ORD-NOR", measure: "norwegian-training", deadlines: [{ what: "norwegian-start", fromField: "settled", from: "2026-09-01", months: 3, due: "2026-12-01" }] });
    expect(where(d)).toEqual(["rights", "deadlines"]);
  });

  it.each([
    ["the day before the assessment date", "2026-11-21", true],
    ["the assessment date itself", "2026-11-22", false],
    ["the day after", "2026-11-23", false],
  ])("a deadline on %s has passed: %s", (_, due, passed) => {
    const d = det({ deadlines: [{ what: "decision", fromField: "settled", from: "2026-08-21", months: 3, due }] });
    expect(summarize([d], TODAY).deadlines[0]!.passed).toBe(passed);
  });

  it("rules the answers cannot decide are grouped by what would decide them", () => {
    const a = det({ rule: "UA-MAP", status: "missing-information", missing: ["permitGranted"] });
    const b = det({ rule: "UA-CAREER", status: "missing-information", missing: ["permitGranted"] });
    const c = det({ rule: "UA-NOR", status: "missing-information", missing: ["age"] });
    expect(summarize([a, b, c], TODAY).undecided).toEqual([
      { fields: ["permitGranted"], determinations: [a, b] },
      { fields: ["age"], determinations: [c] },
    ]);
  });

  it("a warning many rules share is said once, and an ended rule's warning not at all", () => {
    const today = [1, 2, 3].map(() => det({ group: "collective-protection", warnings: ["UA-END-DATE-ANNOUNCED"] }));
    const ended = det({ historical: true, warnings: ["HISTORICAL-RULE"] });
    const s = summarize([...today, ended], TODAY);
    expect(s.warnings).toEqual(["UA-END-DATE-ANNOUNCED"]);
    expect([...sharedNotes(s)]).toEqual(["UA-END-DATE-ANNOUNCED"]);
  });

  it("every measure has a details group", () => {
    for (const m of MEASURES) expect(DETAIL_GROUP[m]).toBeDefined();
  });
});

describe("whole cases from the engine", () => {
  const cases: [string, Person][] = [
    ["collective protection inside chapter 6A", { legalBasis: "collective-protection", permitGranted: "2022-04-01", age: 30, upperSecondary: false, endGoal: "work", childrenUnder18: true, settled: "2026-10-01" }],
    ["collective protection, permit before chapter 6A", { legalBasis: "collective-protection", permitGranted: "2022-03-10", settled: "2022-05-01" }],
    ["collective protection, permit not known", { legalBasis: "collective-protection" }],
    ["introduksjonsloven, started September 2019, still in the programme", { legalBasis: "introduksjonsloven", programme: { start: "2019-09-01" } }],
    ["integreringsloven", { legalBasis: "integreringsloven", settled: "2026-10-01" }],
  ];
  const run = (p: Person) => {
    const ds = evaluate(p, TODAY);
    return { ds, s: summarize(ds, TODAY) };
  };

  it.each(cases)("%s: every rule is in the details, under the rules that do not apply, or under earlier rules — once", (_, p) => {
    const { ds, s } = run(p);
    for (const d of ds) {
      const places = [s.details.some((g) => g.determinations.includes(d)), s.notApplicable.includes(d), s.earlier.includes(d)].filter(Boolean);
      expect(places, d.rule).toHaveLength(1);
    }
  });

  it.each(cases)("%s: nothing ended and nothing that does not hold is counted as a right today", (_, p) => {
    const { s } = run(p);
    for (const d of [...s.rights, ...s.assessed]) {
      expect(d.historical).toBe(false);
      expect(["entitled", "needs-assessment"]).toContain(d.status);
    }
    for (const d of [...s.municipalityDuties, ...s.yourDuties, ...s.goodToKnow]) expect(d.status).toBe("applies");
  });

  it("collective protection: the rights now with figures, the municipality's deadline and duty, the shared warning once", () => {
    const { s } = run(cases[0]![1]);
    expect(s.rights.map((d) => d.rule)).toEqual(["UA-MAP", "UA-CAREER", "UA-PLAN", "UA-DUR-25", "UA-NOR", "UA-PART", "UA-BENEFIT"]);
    expect(s.rights.find((d) => d.rule === "UA-DUR-25")).toMatchObject({ minMonths: 3, maxMonths: 24, extensionMonths: 12 });
    expect(s.assessed.map((d) => d.rule)).toEqual(["UA-EXT"]);
    expect(s.deadlines.map((x) => [x.determination.rule, x.deadline.due, x.passed])).toEqual([["UA-DECIDE", "2027-01-01", false]]);
    expect(s.municipalityDuties.map((d) => d.rule)).toEqual(["UA-NIR"]);
    expect(s.yourDuties.map((d) => d.rule)).toEqual(["UA-PARENT"]);
    expect(s.goodToKnow.map((d) => d.rule)).toEqual(["UA-CONTENT", "UA-CONTRACT"]);
    expect(s.notYours.map((d) => d.rule)).toEqual(["UA-DUR-VGS", "UA-DUR-U25"]);
    expect(s.warnings).toEqual(["UA-END-DATE-ANNOUNCED"]);
    expect(s.chapter6A).toBeUndefined();
    expect(s.earlier).toEqual([]);
  });

  it("collective protection outside chapter 6A: explained once; the ordinary rules summarised; chapter 6A's rules apart, not as 'not yours'", () => {
    const { s } = run(cases[1]![1]);
    expect(s.chapter6A).toMatchObject({ condition: "chapter-6a-not-applicable", field: "permitGranted", actual: "2022-03-10" });
    expect(s.notApplicable.every((d) => d.group === "collective-protection")).toBe(true);
    expect(s.notApplicable).toHaveLength(15);
    expect(s.notYours).toEqual([]);
    expect(s.rights.map((d) => d.rule)).toEqual(["ORD-MAP", "ORD-CAREER", "ORD-PLAN", "ORD-NOR"]);
    expect(s.deadlines.map((x) => [x.determination.rule, x.deadline.due, x.passed])).toEqual([
      ["ORD-DECIDE", "2022-08-01", true],
      ["ORD-NOR", "2022-08-01", true],
    ]);
    expect([...sharedNotes(s)]).toContain("CHAPTER-6A-NOT-APPLICABLE");
  });

  it("collective protection without a permit date: the ordinary rules are not guessed, the permit date is what is missing", () => {
    const { s } = run(cases[2]![1]);
    expect(s.chapter6A).toBeUndefined();
    expect(s.undecided[0]).toMatchObject({ fields: ["permitGranted"] });
    expect(s.rights).toEqual([]);
  });

  it("introduksjonsloven from September 2019: no right today, every COVID rule under earlier rules", () => {
    const { ds, s } = run(cases[3]![1]);
    expect(s.earlier).toEqual(ds);
    expect(s.rights.length + s.assessed.length + s.deadlines.length).toBe(0);
    expect(s.warnings).toEqual([]);
  });
});
