import { describe, expect, it } from "vitest";
import { packFor } from "../../functions/core/i18n";
import { UI } from "../../functions/core/i18n/site";
import { changeLine, valueText } from "../../site/lib/changes";

/** The changes page's sentences (site/pages/[...lang]/endringer/), for the kinds of change the history records. */
describe("a change in one sentence", () => {
  it.each([
    ["nb", { change: "changed", part: "figure", rule: "IP3-PROG", path: "figures.grantNok", before: 45000, after: 50000 }, "Utvidet programtid (integreringspakke III) (IP3-PROG): Tall endret (figures.grantNok): før 45000, nå 50000."],
    ["nn", { change: "changed", part: "window", rule: "Q122-PROG", path: "windows.programmeEnd", before: { from: "2022-01-01", to: "2022-03-31", toInclusive: true }, after: { from: "2022-01-01", to: "2022-04-30", toInclusive: true } }, "Utvida programtid (pakken for første kvartal 2022) (Q122-PROG): Periode endra (windows.programmeEnd): før [2022-01-01, 2022-03-31], no [2022-01-01, 2022-04-30]."],
    ["en", { change: "changed", part: "text", rule: "IP2-NOR", path: "title", langs: ["nn", "en"] }, "Extended Norwegian training (integration package II) (IP2-NOR): Text changed (title). The wording changed in: Norsk nynorsk, English."],
    ["uk", { change: "removed", part: "rule", rule: "CAREER", path: "" }, `${packFor("uk").rules.CAREER.title} (CAREER): Правило вилучено.`],
  ] as const)("%s: %j", (lang, change, line) => {
    expect(changeLine(change as never, UI[lang].changes, packFor(lang))).toBe(line);
  });

  it("shows lists joined and unknown shapes as data", () => {
    expect(valueText(["introduksjonsloven", "integreringsloven"])).toBe("introduksjonsloven, integreringsloven");
    expect(valueText({ seed: "S0" })).toBe('{"seed":"S0"}');
    expect(valueText(undefined)).toBe("–");
  });
});
