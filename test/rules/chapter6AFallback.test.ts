import { describe, expect, it } from "vitest";
import { COLLECTIVE_PROTECTION_RULE_IDS, evaluate, ORDINARY_RULE_IDS, type Person } from "../../functions/core/rules";
import { cases } from "./caseTable";

/**
 * Where chapter 6A does not apply to a person with collective protection, the ordinary rules of
 * integreringsloven do (IMDi's guide to the act, chapter 8). Chapter 6A covers permits granted from
 * 2022-03-11 and is in force from 2022-06-15.
 */
const cp = (permitGranted?: string, extra: Partial<Person> = {}): Person => ({
  legalBasis: "collective-protection",
  ...(permitGranted && { permitGranted }),
  ...extra,
});
const statuses = (p: Person, asOf: string) => Object.fromEntries(evaluate(p, asOf).map((d) => [d.rule, d.status]));

describe("routing: chapter 6A, or the ordinary rules where it does not apply", () => {
  const table = cases`
    permitGranted | asOf       | UA-MAP              | ORD-MAP  | ORD-NIR
    # the permit window: before, on and after 2022-03-11
    2022-03-10    | 2023-01-01 | not-entitled        | entitled | applies
    2022-03-11    | 2023-01-01 | entitled            | —        | —
    2022-03-12    | 2023-01-01 | entitled            | —        | —
    # in force: the day before, on and after 2022-06-15
    2022-04-01    | 2022-06-14 | not-entitled        | entitled | applies
    2022-04-01    | 2022-06-15 | entitled            | —        | —
    2022-04-01    | 2022-06-16 | entitled            | —        | —
    # no permit date: chapter 6A asks for it, the ordinary rules are not guessed …
    —             | 2023-01-01 | missing-information | —        | —
    # … unless chapter 6A was not in force at all on the date
    —             | 2022-06-14 | not-entitled        | entitled | applies
  `;
  it.each(table)("permit $permitGranted, assessed $asOf → UA-MAP $UA-MAP, ORD-MAP $ORD-MAP", (row) => {
    const s = statuses(cp(row.permitGranted), row.asOf as string);
    expect(s["UA-MAP"]).toBe(row["UA-MAP"]);
    expect(s["ORD-MAP"]).toBe(row["ORD-MAP"]);
    expect(s["ORD-NIR"]).toBe(row["ORD-NIR"]);
  });

  it("a person with collective protection never gets a COVID rule, inside chapter 6A or outside it", () => {
    for (const [permit, asOf] of [["2022-03-10", "2023-01-01"], ["2022-04-01", "2023-01-01"], [undefined, "2022-01-01"], [undefined, "2026-11-22"]] as const) {
      const groups = new Set(evaluate(cp(permit, { programme: { start: "2019-08-01", end: "2022-02-01" } }), asOf).map((d) => d.group));
      expect(groups.has("covid")).toBe(false);
    }
  });

  it("outside chapter 6A: every chapter 6A rule is not entitled and every ordinary rule is evaluated, each with the note", () => {
    const ds = evaluate(cp("2022-01-15", { settled: "2022-02-01" }), "2023-01-01");
    expect(ds.map((d) => d.rule)).toEqual([...COLLECTIVE_PROTECTION_RULE_IDS, ...ORDINARY_RULE_IDS]);
    for (const d of ds) expect(d.notes, d.rule).toContain("CHAPTER-6A-NOT-APPLICABLE");
    for (const d of ds.filter((x) => x.group === "collective-protection")) {
      expect(d.status, d.rule).toBe("not-entitled");
      expect(d.nearestMiss[0], d.rule).toMatchObject({ condition: "permit-granted-in-window", nearest: "2022-03-11" });
    }
    const ordinary = ds.filter((x) => x.group === "ordinary");
    for (const d of ordinary) {
      expect(d.reasons[0], d.rule).toEqual({ condition: "chapter-6a-not-applicable", field: "permitGranted", actual: "2022-01-15", window: { from: "2022-03-11", toInclusive: false }, held: true });
    }
    expect(ordinary.find((d) => d.rule === "ORD-DECIDE")?.deadlines).toEqual([
      expect.objectContaining({ what: "decision", from: "2022-02-01", months: 3, due: "2022-05-01" }),
    ]);
  });

  it("before chapter 6A came into force, the reason names the in-force date and the assessment date", () => {
    const d = evaluate(cp("2022-04-01"), "2022-06-14").find((x) => x.rule === "ORD-MAP");
    expect(d?.reasons[0]).toEqual({ condition: "chapter-6a-not-applicable", date: "2022-06-15", actual: "2022-06-14", held: true });
  });

  it("inside chapter 6A no determination carries the fallback note", () => {
    for (const d of evaluate(cp("2022-04-01"), "2023-01-01")) expect(d.notes, d.rule).not.toContain("CHAPTER-6A-NOT-APPLICABLE");
  });

  it("the ordinary rules' own notes are not changed for ordinary participants", () => {
    for (const d of evaluate({ legalBasis: "integreringsloven" }, "2023-01-01")) expect(d.notes, d.rule).not.toContain("CHAPTER-6A-NOT-APPLICABLE");
  });
});

describe("every chapter 6A rule: the permit window, the in-force date and the announced end", () => {
  // Each rule with the answers that make its own conditions hold, so only the tested dimension decides.
  const complete: Partial<Person> = { age: 30, upperSecondary: false, endGoal: "work", childrenUnder18: true, settled: "2022-05-01" };
  const answersFor = (id: string): Partial<Person> =>
    id === "UA-DUR-U25" ? { ...complete, age: 24 } : id === "UA-DUR-VGS" ? { ...complete, upperSecondary: true } : complete;
  const holds = (status: string) => status === "entitled" || status === "needs-assessment" || status === "applies";
  const rows: Array<[string, string, boolean]> = [
    ["2022-03-10", "2023-01-01", false],
    ["2022-03-11", "2023-01-01", true],
    ["2022-03-12", "2023-01-01", true],
    ["2022-04-01", "2022-06-14", false],
    ["2022-04-01", "2022-06-15", true],
    ["2022-04-01", "2022-06-16", true],
  ];
  for (const id of COLLECTIVE_PROTECTION_RULE_IDS) {
    it.each(rows)(`${id}: permit %s, assessed %s → holds %s`, (permit, asOf, expected) => {
      const d = evaluate(cp(permit, answersFor(id)), asOf).find((x) => x.rule === id)!;
      expect(holds(d.status)).toBe(expected);
    });

    it(`${id}: warned from the announced end (1 July 2026) on, not before, and never historical`, () => {
      const on = (asOf: string) => evaluate(cp("2022-04-01", answersFor(id)), asOf).find((x) => x.rule === id)!;
      expect(on("2026-06-30").warnings).toEqual([]);
      expect(on("2026-07-01").warnings).toEqual(["UA-END-DATE-ANNOUNCED"]);
      expect(on("2026-07-02")).toMatchObject({ warnings: ["UA-END-DATE-ANNOUNCED"], historical: false });
      expect(holds(on("2030-01-01").status)).toBe(true);
    });
  }
});
