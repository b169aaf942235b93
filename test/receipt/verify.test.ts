/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { PACKS } from "../../functions/core/i18n";
import { catalogHash, makeReceipt, receiptCode } from "../../functions/core/receipt/receipt";
import { VerificationSchema } from "../../functions/core/receipt/schema";
import { verifyReceipt, type VerifyContext } from "../../functions/core/receipt/verify";
import { evaluate, PersonSchema, RULES, RULES_VERSION, type PersonRule, type Rule } from "../../functions/core/rules";
import { evaluateRule } from "../../functions/core/rules/engine/evaluate";
import { CHANGELOG } from "../../functions/core/rules/history";
import { changelogOf } from "../../functions/core/rules/history/diff";
import { snapshotOf } from "../../functions/core/rules/history/snapshot";
import type { CatalogSnapshot } from "../../functions/core/rules/history/types";
import { call } from "../intake/helpers";

const KEPT = Object.values(import.meta.glob<CatalogSnapshot>("../../functions/core/rules/history/snapshots/*.json", { eager: true, import: "default" }));

// Package III, started 15 Aug 2019 and still in the programme on 1 Jul 2021: entitled to have it assessed, 45,000 NOK.
const request = { asOf: "2026-11-22", person: PersonSchema.parse({ legalBasis: "introduksjonsloven", programme: { start: "2019-08-15", end: "2021-12-31" } }) };
const answer = () => makeReceipt(request, evaluate(request.person, request.asOf));

/** A fixture catalog version 2: the same catalog with package III's grant per participant raised. */
async function fixtureWithNewGrant(): Promise<VerifyContext> {
  const ip3 = RULES.find((r) => r.id === "IP3-PROG") as PersonRule;
  const changed: PersonRule = { ...ip3, figures: { ...ip3.figures, grantNok: 50_000 } };
  const rules: Rule[] = RULES.map((r) => (r.id === "IP3-PROG" ? changed : r));
  const version = "2027-01-15+f1x7u4e0";
  const first = KEPT.find((s) => s.version === RULES_VERSION)!;
  const second = snapshotOf({ version, edition: "2027-01-15", sequence: first.sequence + 1, catalogHash: await catalogHash(rules), rules, packs: PACKS });
  return {
    catalog: { rulesVersion: version, rules },
    changelog: changelogOf([first, second]),
    // The real engine, with the fixture's rule handed to its evaluator.
    evaluate: (person, asOf) => evaluate(person, asOf).map((d) => (d.rule === "IP3-PROG" ? evaluateRule(changed, person, asOf) : d)),
  };
}

describe("verify: the receipt round trip", () => {
  it("same request, same catalog → match, nothing changed", async () => {
    const v = await verifyReceipt(request, await answer());
    expect(v).toMatchObject({ match: true, input: "same", outcome: "same", catalog: "same", receiptVersion: RULES_VERSION, currentVersion: RULES_VERSION, changedRules: [] });
    expect(v.current).toEqual(await answer());
    expect(VerificationSchema.safeParse(v).success).toBe(true);
  });

  it("without asOf in the request, it is assessed on the receipt's date", async () => {
    const { asOf: _, ...undated } = request;
    expect((await verifyReceipt(undated, await answer())).match).toBe(true);
  });

  it("another person → the input is different (not this receipt's request)", async () => {
    const other = { ...request, person: PersonSchema.parse({ ...request.person, programme: { start: "2019-08-16", end: "2021-12-31" } }) };
    expect(await verifyReceipt(other, await answer())).toMatchObject({ match: false, input: "different" });
  });

  it("a changed figure in a fixture catalog → the outcome differs and the changed rule is named", async () => {
    const v = await verifyReceipt(request, await answer(), await fixtureWithNewGrant());
    expect(v).toMatchObject({ match: false, input: "same", outcome: "different", catalog: "changed", receiptVersion: RULES_VERSION, currentVersion: "2027-01-15+f1x7u4e0" });
    expect(v.changedRules).toEqual([
      { rule: "IP3-PROG", inAnswer: true, changes: [{ change: "changed", part: "figure", rule: "IP3-PROG", path: "figures.grantNok", before: 45_000, after: 50_000 }] },
    ]);
  });

  it("a receipt from a catalog that was never kept → catalog unknown", async () => {
    const r = { ...(await answer()), catalogHash: "f".repeat(32), outcomeHash: "0".repeat(32) };
    expect(await verifyReceipt(request, r)).toMatchObject({ match: false, outcome: "different", catalog: "unknown", receiptVersion: null, changedRules: [] });
  });
});

describe("POST /api/v1/eligibility/verify", () => {
  const post = (body: unknown) => call("/api/v1/eligibility/verify", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

  it("takes the answer's own receipt, as an object or as its printed line", async () => {
    const res = await call("/api/v1/eligibility", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) });
    const { receipt } = (await res.json()) as { receipt: Parameters<typeof receiptCode>[0] };
    for (const form of [receipt, receiptCode(receipt)]) {
      const v = VerificationSchema.parse(await (await post({ request, receipt: form })).json());
      expect(v.match).toBe(true);
    }
    expect(CHANGELOG.at(-1)?.version).toBe(RULES_VERSION);
  });

  it("a receipt line that is not one is a 400 that says what a receipt looks like", async () => {
    const res = await post({ request, receipt: "rk1:not-a-receipt" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/rk1:/);
  });
});
