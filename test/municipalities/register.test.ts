import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainCode, findByCode, municipalitiesIn, search, successorsOf } from "../../functions/core/municipalities";
import { CHANGES } from "../../functions/core/municipalities/data";
import { getRule, type GrantRule } from "../../functions/core/rules";

const TODAY = "2026-11-22";

describe("the municipality register (SSB classification 131)", () => {
  it("has 357 municipalities in 2024 and in 2026", () => {
    expect(municipalitiesIn(2024)).toHaveLength(357);
    expect(municipalitiesIn(2026)).toHaveLength(357);
  });

  it("keeps official Sami and Kven parallel names: 26 in 2024, 29 in 2026", () => {
    expect(municipalitiesIn(2024).filter((m) => m.names.length > 1)).toHaveLength(26);
    expect(municipalitiesIn(2026).filter((m) => m.names.length > 1)).toHaveLength(29);
    expect(findByCode("0301", TODAY)?.name).toBe("Oslo - Oslove");
    expect(findByCode("0301", "2024-06-01")?.name).toBe("Oslo");
  });

  it.each([
    ["3024", "3201", "Bærum"],
    ["3025", "3203", "Asker"],
    ["3030", "3205", "Lillestrøm"],
    ["3005", "3301", "Drammen"],
  ])("explains %s as renumbered to %s (%s) in 2024", (old, now, name) => {
    expect(explainCode(old, TODAY)).toMatchObject({ kind: "renumbered", to: { code: now, name }, changedOn: "2024-01-01" });
    expect(findByCode(old, "2022-06-01")?.name).toBe(name);
  });

  it("explains Ålesund 1507 as split into 1508 Ålesund and 1580 Haram, never one of them silently", () => {
    const e = explainCode("1507", TODAY);
    expect(e.kind).toBe("split");
    expect(e.kind === "split" && e.to.map((m) => m.code)).toEqual(["1508", "1580"]);
    expect(successorsOf("1507").map((s) => s.code)).toEqual(["1508", "1580"]);
  });

  it("finds by today's number, the old number, and by name with or without diacritics", () => {
    expect(search("3201", TODAY)[0]).toMatchObject({ via: "code", municipality: { code: "3201" } });
    expect(search("3024", TODAY)[0]).toMatchObject({ via: "old-code", municipality: { code: "3201" } });
    expect(search("bærum", TODAY).map((h) => h.municipality.code)).toEqual(["3201"]);
    expect(search("barum", TODAY).map((h) => h.municipality.code)).toEqual(["3201"]);
    expect(search("karasjok", TODAY).map((h) => h.municipality.code)).toEqual(["5610"]);
    expect(search("kárášjohka", TODAY).map((h) => h.municipality.code)).toEqual(["5610"]);
    expect(search("9999", TODAY)).toEqual([]);
    expect(explainCode("9999", TODAY)).toEqual({ kind: "unknown", code: "9999" });
  });

  it("resolves every municipality in the 2022 vaccination table, and maps each to today's codes", () => {
    const rule = getRule("VACC-MUNI-2022") as GrantRule;
    for (const { recipient } of rule.allocations ?? []) {
      expect(findByCode(recipient, "2022-06-01"), recipient).toBeDefined();
      expect(explainCode(recipient, TODAY).kind, recipient).not.toBe("unknown");
    }
  });

  it("every 2024 code finds itself in 2024, and every change row explains its old code (fast-check)", () => {
    const codes = municipalitiesIn(2024).map((m) => m.code);
    fc.assert(
      fc.property(fc.constantFrom(...codes), (code) => {
        expect(findByCode(code, "2024-06-01")?.code).toBe(code);
      }),
    );
    for (const [oldCode, , newCode, , on] of CHANGES) {
      if (oldCode === newCode) continue;
      const e = explainCode(oldCode, on);
      expect(e.kind, oldCode).not.toBe("unknown");
      expect(successorsOf(oldCode).length, oldCode).toBeGreaterThan(0);
      void newCode;
    }
  });
});
