import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../functions/core/receipt/canonical";
import { sha256Hex } from "../../functions/core/receipt/hash";
import { catalogHash, makeReceipt, outcomeOf, parseReceiptCode, receiptCode } from "../../functions/core/receipt/receipt";
import { evaluate, PersonSchema, RULES, RULES_VERSION } from "../../functions/core/rules";
import { CHANGELOG } from "../../functions/core/rules/history";

describe("canonical JSON (RFC 8785 for integers, strings, booleans, null, arrays, objects)", () => {
  it.each([
    [{ b: 1, a: [true, null, "x"] }, '{"a":[true,null,"x"],"b":1}'],
    [{ "€": 1, "\r": 2, "1": 3, ö: 4, "\u0080": 5 }, '{"\\r":2,"1":3,"\u0080":5,"ö":4,"€":1}'],
    [{ nested: { z: { y: 1, x: 2 } }, u: undefined }, '{"nested":{"z":{"x":2,"y":1}}}'],
    [["\u2028", 'q"uote', -0, 1e21], '["\u2028","q\\"uote",0,1e+21]'],
  ])("%j → %s", (value, text) => expect(canonicalJson(value)).toBe(text));

  it("refuses what JSON cannot hold", () => expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError));
});

describe("the receipt", () => {
  const person = PersonSchema.parse({ legalBasis: "introduksjonsloven", programme: { start: "2019-08-15", end: "2021-12-31" } });
  const asOf = "2026-11-22";

  it("is SHA-256 (first 128 bits) over the canonical JSON, so anyone can recompute it", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const r = await makeReceipt({ asOf, person }, evaluate(person, asOf));
    expect(r.inputHash).toBe((await sha256Hex(canonicalJson({ asOf, person }))).slice(0, 32));
    expect(r.outcomeHash).toBe((await sha256Hex(canonicalJson(outcomeOf(evaluate(person, asOf))))).slice(0, 32));
    expect(r).toMatchObject({ version: 1, rulesVersion: RULES_VERSION, asOf, catalogHash: await catalogHash(RULES) });
  });

  it("is the same for the same request, whatever order its members came in", async () => {
    const shuffled = PersonSchema.parse({ programme: { end: "2021-12-31", start: "2019-08-15" }, legalBasis: "introduksjonsloven" });
    expect(await makeReceipt({ asOf, person: shuffled }, evaluate(shuffled, asOf))).toEqual(await makeReceipt({ asOf, person }, evaluate(person, asOf)));
  });

  it("changes with the input, the date and the outcome", async () => {
    const base = await makeReceipt({ asOf, person }, evaluate(person, asOf));
    const other = PersonSchema.parse({ ...person, programme: { start: "2019-08-16", end: "2021-12-31" } });
    const moved = await makeReceipt({ asOf, person: other }, evaluate(other, asOf));
    expect(moved.inputHash).not.toBe(base.inputHash);
    const earlier = await makeReceipt({ asOf: "2021-01-01", person }, evaluate(person, "2021-01-01"));
    expect(earlier.inputHash).not.toBe(base.inputHash);
    expect(earlier.outcomeHash).not.toBe(base.outcomeHash);
  });

  it("knows the live catalog's hash from the kept history", async () => {
    expect(CHANGELOG.find((e) => e.version === RULES_VERSION)?.catalogHash).toBe(await catalogHash(RULES));
  });

  it("round-trips through its one-line code", async () => {
    const r = await makeReceipt({ asOf, person }, evaluate(person, asOf));
    const version = RULES_VERSION.replace("+", "\\+");
    expect(receiptCode(r)).toMatch(new RegExp(`^rk1:${version}:[0-9a-f]{32}:2026-11-22:[0-9a-f]{32}:[0-9a-f]{32}$`));
    expect(parseReceiptCode(` ${receiptCode(r)}\n`)).toEqual(r);
    expect(parseReceiptCode("rk1:x:y")).toBeUndefined();
  });
});
