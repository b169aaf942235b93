import { describe, expect, it } from "vitest";
import { answerLanguage, pickLanguage } from "../../functions/http/language";

describe("pickLanguage", () => {
  it.each([
    [undefined, "nb"],
    ["", "nb"],
    ["nb-NO,nb;q=0.9", "nb"],
    ["nn", "nb"],
    ["no", "nb"],
    ["en-US,en;q=0.9", "en"],
    ["uk,en;q=0.8", "en"], // Ukrainian isn't offered by the API: next choice wins
    ["de,fr", "nb"], // nothing fits: Norwegian
    ["en;q=0.5,nb;q=0.9", "nb"], // q-values beat order
    ["nb;q=0,en", "en"], // q=0 means "not this"
    ["*", "nb"],
  ])("%j → %s", (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});

describe("a header naming an Object.prototype key falls back to bokmål (found by fuzzing)", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "__proto__;q=1, en;q=0.5"])("%j", (header) => {
    expect(pickLanguage(header)).toBe(header.includes("en;") ? "en" : "nb");
    expect(answerLanguage(header)).toBe(header.includes("en;") ? "en" : "nb");
  });
});
