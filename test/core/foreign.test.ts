import { describe, expect, it } from "vitest";
import { inLanguage, langHtml, langSegments, plainText } from "../../functions/core/i18n/foreign";

describe("Norwegian passages inside other languages' text (WCAG 3.1.2)", () => {
  const text = "Competence mapping ([[nb:kompetansekartlegging]]), under [[nb:utlendingsloven § 34]].";

  it("reads as plain text without the marks", () => {
    expect(plainText(text)).toBe("Competence mapping (kompetansekartlegging), under utlendingsloven § 34.");
    expect(plainText("no marks here")).toBe("no marks here");
  });

  it("cuts the text into passages, each foreign one with its language", () => {
    expect(langSegments(text, "en")).toEqual([
      { text: "Competence mapping (" },
      { text: "kompetansekartlegging", lang: "nb" },
      { text: "), under " },
      { text: "utlendingsloven § 34", lang: "nb" },
      { text: "." },
    ]);
  });

  it("does not mark bokmål on a bokmål page, but does on a nynorsk one", () => {
    expect(langSegments(inLanguage("Integreringsloven § 10", "nb"), "nb")).toEqual([{ text: "Integreringsloven § 10" }]);
    expect(langSegments(inLanguage("Integreringsloven § 10", "nb"), "nn")).toEqual([{ text: "Integreringsloven § 10", lang: "nb" }]);
  });

  it("renders escaped HTML with lang attributes for the Worker's pages", () => {
    expect(String(langHtml("A <b> ([[nb:sluttmål]])", "uk"))).toBe('A &lt;b&gt; (<span lang="nb">sluttmål</span>)');
  });

  it("marks nothing in an empty text", () => {
    expect(inLanguage("", "nb")).toBe("");
    expect(langSegments("", "en")).toEqual([]);
  });
});
