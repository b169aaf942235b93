import { describe, expect, it } from "vitest";
import { parseRows } from "../../functions/core/batch/rows";
import { personFrom } from "../../functions/core/checker/answers";
import { step } from "../../functions/core/checker/step";

/**
 * The checker and the participant list build the person the same way (`buildPerson`): the same values
 * are accepted or refused by both, with the bounds of the person schema.
 */
const list = (header: string, row: string) => parseRows([header.split(";"), row.split(";")])[0]!;

describe("one person builder for the checker and the participant list", () => {
  it.each([
    ["the oldest age the schema takes", "130", true],
    ["one year over it", "131", false],
    ["no age at all", "", true],
  ])("age: %s (%s) is accepted by both, or refused by both", (_, age, ok) => {
    const checker = personFrom({ legalBasis: "collective-protection", ...(age ? { age } : {}) });
    const row = list("lovgrunnlag;alder", `kollektiv beskyttelse;${age}`);
    expect(checker.person !== undefined).toBe(ok);
    expect(row.person !== undefined).toBe(ok);
    if (!ok) {
      expect(checker.invalid).toEqual(["age"]);
      expect(row.errors).toEqual([{ row: 2, column: "alder", field: "age", code: "too-large", value: "131" }]);
    }
  });

  it("the checker's age question refuses 131 as its answer (the schema's bound, not a second one)", () => {
    const form = { "a.legalBasis": "collective-protection", "a.permitGranted": "2022-04-01", action: "answer", q: "age", value: "131" };
    expect(step(form, "2026-11-22").view).toEqual({ kind: "question", question: "age", value: "131", error: "too-large" });
  });

  it("an end before the start is refused by both, on the end", () => {
    const checker = personFrom({ legalBasis: "introduksjonsloven", "programme.start": "2020-01-02", "programme.end": "2020-01-01" });
    const row = list("lovgrunnlag;programstart;programslutt", "introduksjonsloven;02.01.2020;01.01.2020");
    expect(checker.invalid).toEqual(["programme.end"]);
    expect(row.errors).toEqual([{ row: 2, column: "programslutt", field: "programme.end", code: "end-before-start", value: "01.01.2020" }]);
  });

  it("a list row names every bad column at once: a cell format and a value the schema refuses", () => {
    const row = list("lovgrunnlag;programstart;alder", "asyl;30.02.2019;31");
    expect(row.person).toBeUndefined();
    // In the file's column order, each with the value found.
    expect(row.errors).toEqual([
      { row: 2, column: "lovgrunnlag", field: "legalBasis", code: "invalid-value", value: "asyl" },
      { row: 2, column: "programstart", field: "programme.start", code: "impossible-date", value: "30.02.2019" },
    ]);
  });

  it("leaves out what was not given: no empty programme or training objects", () => {
    expect(personFrom({ legalBasis: "introduksjonsloven", age: "40", "programme.start": "?" }).person).toEqual({ legalBasis: "introduksjonsloven", age: 40 });
    expect(list("lovgrunnlag;programstart;norsk slutt;alder", "introduksjonsloven;;;40").person).toEqual({ legalBasis: "introduksjonsloven", age: 40 });
  });
});
