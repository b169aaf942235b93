import { describe, expect, it } from "vitest";
import { formatters, packFor } from "../../functions/core/i18n";
import { plural } from "../../functions/core/i18n/uk/plural";

describe("Ukrainian dates and amounts (issue 15 item 11)", () => {
  const f = formatters("uk");

  it("writes 'року' out, so a sentence ending in a date has one full stop", () => {
    expect(f.date("2026-12-02")).toBe("2 грудня 2026 року");
    const deadline = packFor("uk").deadline({ what: "decision", fromField: "settled", due: "2026-12-02", from: "2026-09-02", months: 3 }, f);
    expect(deadline).not.toMatch(/\.\./);
  });

  it("agrees 'крона' with the number and never abbreviates it to 'норв.'", () => {
    expect(f.nok(1)).toBe("1\u00a0крона");
    expect(f.nok(2_003)).toBe("2\u00a0003\u00a0крони");
    expect(f.nok(45_000)).toBe("45\u00a0000\u00a0крон");
    expect(f.nok(11)).toBe("11\u00a0крон");
    expect(f.nok(20_000_001)).toBe("20\u00a0000\u00a0001\u00a0крона");
    expect(JSON.stringify(packFor("uk"))).not.toContain("норв.");
  });

  it("picks one, few or many by the last digits", () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111, 112].map((n) => plural(n, "one", "few", "many"))).toEqual(
      ["one", "few", "few", "many", "many", "many", "many", "one", "few", "many", "many", "many"],
    );
  });
});
