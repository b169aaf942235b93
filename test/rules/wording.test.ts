import { describe, expect, it } from "vitest";
import { evaluate, LANGUAGES, type Person } from "../../functions/core/rules";
import { formatters, packFor } from "../../functions/core/i18n";
import { wordDetermination } from "../../functions/core/rules/wording";

const worded = (p: Person, rule: string, asOf: string, lang: (typeof LANGUAGES)[number]) =>
  wordDetermination(evaluate(p, asOf).find((d) => d.rule === rule)!, lang);

describe("counts of days read as people write them", () => {
  it.each([
    ["nb", 1, "1 dag"], ["nb", 2, "2 dager"],
    ["nn", 1, "1 dag"], ["nn", 2, "2 dagar"],
    ["en", 1, "1 day"], ["en", 2, "2 days"],
    ["uk", 1, "1 день"], ["uk", 2, "2 дні"], ["uk", 5, "5 днів"], ["uk", 11, "11 днів"], ["uk", 21, "21 день"],
  ] as const)("%s: %i → %s", (lang, n, text) => {
    expect(formatters(lang).days(n)).toBe(text);
  });

  it("a nearest miss one day away says 'day', not 'days'", () => {
    // Package III starts on 2019-07-01: a start on 2019-06-30 misses it by one day.
    const p: Person = { legalBasis: "introduksjonsloven", programme: { start: "2019-06-30" } };
    const miss = (lang: (typeof LANGUAGES)[number]) => worded(p, "IP3-PROG", "2026-11-22", lang).nearestMiss.map((m) => m.text).join(" ");
    expect(miss("en")).toContain("1 day away");
    expect(miss("en")).not.toContain("1 days");
    expect(miss("nb")).toContain("1 dag unna");
    expect(miss("nn")).toContain("1 dag unna");
    expect(miss("uk")).toContain("1 день");
  });
});

describe("the chapter 6A fallback is explained in every language", () => {
  const beforeWindow: Person = { legalBasis: "collective-protection", permitGranted: "2022-01-15" };
  it.each(LANGUAGES)("%s: the ordinary rules carry the note and a reason naming the permit date", (lang) => {
    const d = worded(beforeWindow, "ORD-MAP", "2023-01-01", lang);
    expect(d.notes.map((n) => n.id)).toContain("CHAPTER-6A-NOT-APPLICABLE");
    expect(d.notes.find((n) => n.id === "CHAPTER-6A-NOT-APPLICABLE")?.text).toBe(packFor(lang).notes["CHAPTER-6A-NOT-APPLICABLE"]);
    expect(d.reasons[0]?.text).toContain(formatters(lang).date("2022-01-15"));
    expect(d.reasons[0]?.text).toContain(formatters(lang).date("2022-03-11"));
  });

  it.each(LANGUAGES)("%s: before chapter 6A came into force, the reason names both dates", (lang) => {
    const d = worded({ legalBasis: "collective-protection", permitGranted: "2022-04-01" }, "ORD-MAP", "2022-06-14", lang);
    expect(d.reasons[0]?.text).toContain(formatters(lang).date("2022-06-14"));
    expect(d.reasons[0]?.text).toContain(formatters(lang).date("2022-06-15"));
  });

  it.each(LANGUAGES)("%s: what applies has its own status word, distinct from a right's", (lang) => {
    const d = worded({ legalBasis: "integreringsloven" }, "ORD-CONTRACT", "2023-01-01", lang);
    expect(d.status).toBe("applies");
    expect(d.statusText).toBe(packFor(lang).statusesForInformation.applies);
    expect(packFor(lang).statuses.applies).not.toBe(packFor(lang).statuses.entitled);
  });
});
