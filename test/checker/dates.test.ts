import { describe, expect, it } from "vitest";
import { PERMIT_WINDOW_FROM, personFrom, type Answers } from "../../functions/core/checker/answers";
import { step } from "../../functions/core/checker/step";
import { render } from "../../functions/core/checker/views";
import { packFor } from "../../functions/core/i18n";
import { addDays, evaluate, readDate, writeDate } from "../../functions/core/rules";

/** Dates as people write them (issue 15 item 7), and the permit date answered as yes/no (item 8). */
const TODAY = "2026-11-22";
const answer = (q: string, value: string, answers: Record<string, string> = { legalBasis: "introduksjonsloven" }) =>
  step({ q, action: "answer", value, ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [`a.${k}`, v])) }, TODAY);

describe("reading a date as people write it", () => {
  it.each([
    ["15.08.2019", "2019-08-15"],
    ["5.8.2019", "2019-08-05"],
    ["05.8.2019", "2019-08-05"],
    ["1.12.2019", "2019-12-01"],
    ["2019-08-15", "2019-08-15"],
    [" 15.08.2019 ", "2019-08-15"],
    ["15/08/2019", "15/08/2019"],
    ["15.08.19", "15.08.19"],
  ])("%j reads as %j", (text, iso) => expect(readDate(text)).toBe(iso));

  it("writes an ISO date back as dd.mm.yyyy, and leaves other text alone", () => {
    expect(writeDate("2019-08-05")).toBe("05.08.2019");
    expect(writeDate("30.02.2021")).toBe("30.02.2021");
  });
});

describe("a date question takes dd.mm.yyyy, d.m.yyyy and ISO, and keeps ISO", () => {
  it.each(["15.08.2019", "15.8.2019", "2019-08-15"])("%s is the programme start 2019-08-15", (typed) => {
    const s = answer("programme.start", typed);
    expect(s.answers["programme.start"]).toBe("2019-08-15");
    expect(s.view).toMatchObject({ kind: "question", question: "programme.end" });
  });

  it.each([
    ["30.02.2021", "impossible-date"],
    ["29.02.2021", "impossible-date"],
    ["31.04.2021", "impossible-date"],
    ["32.01.2020", "impossible-date"],
    ["1.13.2021", "impossible-date"],
    ["2021-02-30", "impossible-date"],
    ["15/08/2019", "invalid-date"],
    ["15.08.19", "invalid-date"],
    ["2019-8-15", "invalid-date"],
    ["i fjor", "invalid-date"],
    ["15.08.0019", "date-out-of-range"],
    ["01.01.2101", "date-out-of-range"],
  ])("%s is refused (%s), and the field keeps what was typed", (typed, error) => {
    expect(answer("programme.start", typed).view).toEqual({ kind: "question", question: "programme.start", value: typed, error });
  });

  it("a leap day that exists is taken", () => {
    expect(answer("programme.start", "29.02.2020").answers["programme.start"]).toBe("2020-02-29");
  });

  it("shows the example and the error in the Norwegian form in bokmål and nynorsk", () => {
    for (const lang of ["nb", "nn"] as const) {
      const s = answer("programme.start", "15/08/2019");
      const page = String(render(packFor(lang), s.answers, s.view, TODAY));
      expect(page).toContain("dd.mm.åååå");
      expect(page).toContain("15.08.2019");
      expect(page).not.toContain("ÅÅÅÅ-MM-DD");
    }
  });
});

describe("the permit date answered as 'on or after the window's first day? yes/no/don't know'", () => {
  const cp = { legalBasis: "collective-protection" };
  const statuses = (a: Answers) => evaluate(personFrom(a, TODAY).person!, TODAY).map((d) => `${d.rule}:${d.status}`);

  it("the day comes from the catalog, never typed: the question names it", () => {
    const s = step({ q: "permitGranted", action: "window", "a.legalBasis": "collective-protection" }, TODAY);
    expect(s.view).toEqual({ kind: "question", question: "permitGranted", mode: "window" });
    const page = String(render(packFor("en"), s.answers, s.view, TODAY));
    expect(page).toContain("Was your residence permit granted on 11 March 2022 or later?");
    expect(PERMIT_WINDOW_FROM).toBe("2022-03-11");
  });

  it.each([
    ["the day before", -1, "no"],
    ["the first day", 0, "yes"],
    ["the day after", 1, "yes"],
  ])("an exact date on %s gives what answering %s gives", (_, offset, yesNo) => {
    const exact = addDays(PERMIT_WINDOW_FROM, offset);
    const byDate = answer("permitGranted", exact, cp);
    const byAnswer = step({ q: "permitGranted", mode: "window", action: "answer", value: yesNo, "a.legalBasis": "collective-protection" }, TODAY);
    expect(byAnswer.answers.permitGranted).toBe(yesNo === "yes" ? "in-window" : "before-window");
    expect(byAnswer.view).toEqual(byDate.view);
    expect(statuses(byAnswer.answers)).toEqual(statuses(byDate.answers));
  });

  it("'don't know' leaves the permit undecided, and back returns to the date itself", () => {
    const unknown = step({ q: "permitGranted", mode: "window", action: "unknown", "a.legalBasis": "collective-protection" }, TODAY);
    expect(unknown.answers.permitGranted).toBe("?");
    const back = step({ q: "permitGranted", mode: "window", action: "back", "a.legalBasis": "collective-protection" }, TODAY);
    expect(back.view).toEqual({ kind: "question", question: "permitGranted" });
  });

  it("going back to a yes/no answer asks it again as yes/no, with the answer chosen", () => {
    const s = step({ action: "back", "a.legalBasis": "collective-protection", "a.permitGranted": "before-window" }, TODAY);
    expect(s.view).toEqual({ kind: "question", question: "permitGranted", mode: "window", value: "no" });
  });
});
