import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeAnswers, encodeAnswers, legalBasisOf, personFrom } from "../../functions/core/checker/answers";
import { nextQuestion } from "../../functions/core/checker/flow";
import { stateFrom, step } from "../../functions/core/checker/step";
import { evaluate, RULES_VERSION } from "../../functions/core/rules";
import { wordDetermination } from "../../functions/core/rules/wording";
import { personOn } from "../rules/arbitraries";

const TODAY = "2026-11-22";

describe("which question next", () => {
  it.each([
    [{}, "legalBasis"],
    [{ legalBasis: "collective-protection" }, "permitGranted"],
    [{ legalBasis: "collective-protection", permitGranted: "2022-04-01" }, "age"],
    [{ legalBasis: "introduksjonsloven" }, "programme.start"],
    [{ legalBasis: "integreringsloven" }, "programme.end"],
    [{ legalBasis: "integreringsloven", "programme.end": "?" }, "settled"],
    [{ legalBasis: "integreringsloven", "programme.end": "?", settled: "2023-01-01" }, "done"],
  ] as const)("after %j asks %s", (answers, expected) => {
    expect(nextQuestion(answers, TODAY)).toBe(expected);
  });

  it("never asks a person with collective protection about the programme or the COVID packages", () => {
    let answers: Record<string, string> = { legalBasis: "collective-protection" };
    const asked: string[] = [];
    for (let q = nextQuestion(answers, TODAY); q !== "done"; q = nextQuestion(answers, TODAY)) {
      asked.push(q);
      answers = { ...answers, [q]: "?" };
    }
    expect(asked).toEqual(["permitGranted", "age", "upperSecondary", "endGoal", "childrenUnder18", "settled"]);
  });

  it("a known failure stops the questions it would have needed", () => {
    // Permit before 11 March 2022: no chapter 6A rule can apply, so none of their questions is asked;
    // the ordinary rules apply instead, and they need only the settlement date.
    expect(nextQuestion({ legalBasis: "collective-protection", permitGranted: "2022-03-10" }, TODAY)).toBe("settled");
    expect(nextQuestion({ legalBasis: "collective-protection", permitGranted: "2022-03-10", settled: "2022-05-01" }, TODAY)).toBe("done");
  });
});

describe("the form state machine", () => {
  it("refuses an impossible date with a field error and keeps the value as typed", () => {
    const s = step({ q: "programme.start", action: "answer", value: "2021-02-30", "a.legalBasis": "introduksjonsloven" }, TODAY);
    expect(s.view).toEqual({ kind: "question", question: "programme.start", value: "2021-02-30", error: "impossible-date" });
    const typed = step({ q: "programme.start", action: "answer", value: "30.02.2021", "a.legalBasis": "introduksjonsloven" }, TODAY);
    expect(typed.view).toEqual({ kind: "question", question: "programme.start", value: "30.02.2021", error: "impossible-date" });
  });

  it("refuses a permit date after the assessment date with that reason, and a year outside 1900–2100", () => {
    const later = step({ q: "permitGranted", action: "answer", value: "2026-11-23", "a.legalBasis": "collective-protection" }, TODAY);
    expect(later.view).toEqual({ kind: "question", question: "permitGranted", value: "2026-11-23", error: "after-assessment-date" });
    const onTheDay = step({ q: "permitGranted", action: "answer", value: TODAY, "a.legalBasis": "collective-protection" }, TODAY);
    expect(onTheDay.view).toMatchObject({ kind: "question", question: "age" });
    const year = step({ q: "programme.start", action: "answer", value: "0019-08-15", "a.legalBasis": "introduksjonsloven" }, TODAY);
    expect(year.view).toMatchObject({ error: "date-out-of-range" });
  });

  it("goes back with the last answer kept for editing, a date in the form people write it", () => {
    const s = step({ action: "back", "a.legalBasis": "introduksjonsloven", "a.programme.start": "2019-08-15" }, TODAY);
    expect(s.view).toEqual({ kind: "question", question: "programme.start", value: "15.08.2019" });
    expect(s.answers).toEqual({ legalBasis: "introduksjonsloven" });
  });

  it("'don't know' is remembered and not asked again", () => {
    const s = step({ q: "programme.start", action: "unknown", "a.legalBasis": "introduksjonsloven" }, TODAY);
    expect(s.answers["programme.start"]).toBe("?");
    expect(s.view).toMatchObject({ kind: "question", question: "programme.end" });
  });

  it("round-trips answers through the URL fragment", () => {
    const a = { legalBasis: "introduksjonsloven", "programme.start": "2019-08-15", age: "31" } as const;
    expect(decodeAnswers(`#${encodeAnswers(a)}`)).toEqual(a);
  });
});

describe("parity: the browser module and the Worker answer the same", () => {
  it("gives identical determinations through the API and the shared module for generated people", async () => {
    const people = fc.sample(personOn(TODAY), { numRuns: 60, seed: 7 });
    for (const p of people) {
      const res = await exports.default.fetch(
        new Request("https://rettsjekk.test/api/v1/eligibility", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ asOf: TODAY, person: p }) }),
      );
      const api = (await res.json()) as { rulesVersion: string; determinations: unknown[] };
      expect(api.rulesVersion).toBe(RULES_VERSION);
      expect(api.determinations).toEqual(JSON.parse(JSON.stringify(evaluate(p, TODAY).map((d) => wordDetermination(d, "nb")))));
    }
  });

  it("builds the same person from checker answers as the schema accepts", () => {
    const { person: built } = personFrom({ legalBasis: "introduksjonsloven", "programme.start": "2019-08-15", "norwegianTraining.rightAndDuty": "yes" });
    expect(built).toEqual({ legalBasis: "introduksjonsloven", programme: { start: "2019-08-15" }, norwegianTraining: { rightAndDuty: true } });
  });
});

describe("'I don't know' the legal basis: two plain questions work it out", () => {
  it.each([
    [{ legalBasis: "?" }, "protection"],
    [{ legalBasis: "?", protection: "yes" }, "permitGranted"],
    [{ legalBasis: "?", protection: "no" }, "settledBefore"],
    [{ legalBasis: "?", protection: "?" }, "settledBefore"],
    [{ legalBasis: "?", protection: "no", settledBefore: "yes" }, "programme.start"],
    [{ legalBasis: "?", protection: "?", settledBefore: "yes" }, "programme.start"],
    [{ legalBasis: "?", protection: "no", settledBefore: "no" }, "programme.end"],
    [{ legalBasis: "?", protection: "?", settledBefore: "no" }, "done"],
    [{ legalBasis: "?", protection: "no", settledBefore: "?" }, "done"],
  ] as const)("after %j asks %s", (answers, expected) => {
    expect(nextQuestion(answers, TODAY)).toBe(expected);
  });

  it.each([
    [{ legalBasis: "?", protection: "yes" }, "collective-protection"],
    [{ legalBasis: "?", protection: "no", settledBefore: "yes" }, "introduksjonsloven"],
    [{ legalBasis: "?", protection: "no", settledBefore: "no" }, "integreringsloven"],
    [{ legalBasis: "?", protection: "?", settledBefore: "?" }, "unknown"],
    [{ legalBasis: "integreringsloven", protection: "yes" }, "integreringsloven"],
  ] as const)("%j works out as %s", (answers, basis) => {
    expect(legalBasisOf(answers)).toBe(basis);
  });

  it("the legal basis question takes 'I don't know', and a basis that cannot be worked out gives no result", () => {
    const s = step({ q: "legalBasis", action: "unknown" }, TODAY);
    expect(s).toEqual({ answers: { legalBasis: "?" }, view: { kind: "question", question: "protection" } });
    const undecided = { legalBasis: "?", protection: "?", settledBefore: "?" };
    expect(stateFrom(`?${new URLSearchParams(undecided)}&view=result`, TODAY).view).toEqual({ kind: "check" });
  });

  it("changing the legal basis drops the follow-up answers it no longer needs", () => {
    const s = step({ q: "legalBasis", action: "answer", value: "integreringsloven", "a.protection": "no", "a.settledBefore": "no" }, TODAY);
    expect(s.answers).toEqual({ legalBasis: "integreringsloven" });
  });
});
