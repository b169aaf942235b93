import { describe, expect, it } from "vitest";
import { draftBlocker, draftFor } from "../../functions/core/drafts/build";
import { isMunicipalDecision } from "../../functions/core/drafts/decides";
import { draftHtml } from "../../functions/core/drafts/html";
import type { Draft } from "../../functions/core/drafts/model";
import { DECISION_STRINGS, DRAFT_LANGUAGES } from "../../functions/core/i18n/decisions";
import { formatters } from "../../functions/core/i18n";
import { makeReceipt, receiptCode } from "../../functions/core/receipt/receipt";
import { evaluate, PersonSchema, RULES, type Determination, type Person } from "../../functions/core/rules";
import { wordDetermination } from "../../functions/core/rules/wording";

/** Every draft type: each rule the municipality decides, once where its conditions hold and once where one fails. */
const CASES: Array<[rule: string, holds: "granted" | "assess", person: object, failing: object, failingAsOf?: string]> = [
  ["IP1-PROG", "assess", { legalBasis: "introduksjonsloven", programme: { start: "2018-06-01", end: "2021-01-01" } }, { legalBasis: "introduksjonsloven", programme: { start: "2019-03-01", end: "2021-01-01" } }],
  ["IP2-PROG", "assess", { legalBasis: "introduksjonsloven", programme: { start: "2019-03-01", end: "2021-06-30" } }, { legalBasis: "introduksjonsloven", programme: { start: "2019-08-01", end: "2021-06-30" } }],
  ["IP3-PROG", "assess", { legalBasis: "introduksjonsloven", programme: { start: "2019-08-15", end: "2021-12-31" } }, { legalBasis: "introduksjonsloven", programme: { start: "2019-03-01", end: "2021-12-31" } }],
  ["Q122-PROG", "assess", { legalBasis: "integreringsloven", programme: { start: "2021-02-01", end: "2022-02-15" } }, { legalBasis: "integreringsloven", programme: { start: "2021-02-01", end: "2022-05-01" } }],
  ["IP1-NOR", "granted", { legalBasis: "introduksjonsloven", norwegianTraining: { end: "2020-10-01" } }, { legalBasis: "introduksjonsloven", norwegianTraining: { end: "2021-03-01" } }],
  ["IP2-NOR", "granted", { legalBasis: "introduksjonsloven", norwegianTraining: { rightAndDuty: true, end: "2021-03-01" } }, { legalBasis: "introduksjonsloven", norwegianTraining: { rightAndDuty: true, end: "2021-08-01" } }],
  ["IP3-NOR", "granted", { legalBasis: "introduksjonsloven", norwegianTraining: { rightAndDuty: true, end: "2021-08-01" } }, { legalBasis: "introduksjonsloven", norwegianTraining: { rightAndDuty: false, end: "2021-08-01" } }],
  ["Q122-NOR", "granted", { legalBasis: "introduksjonsloven", norwegianTraining: { rightAndDuty: true, end: "2022-02-01" } }, { legalBasis: "introduksjonsloven", norwegianTraining: { rightAndDuty: true, end: "2022-05-01" } }],
  ["UA-DUR-VGS", "granted", { legalBasis: "collective-protection", permitGranted: "2023-01-10", upperSecondary: true }, { legalBasis: "collective-protection", permitGranted: "2023-01-10", upperSecondary: false }],
  ["UA-DUR-U25", "granted", { legalBasis: "collective-protection", permitGranted: "2023-01-10", upperSecondary: false, age: 20, endGoal: "upper-secondary" }, { legalBasis: "collective-protection", permitGranted: "2023-01-10", upperSecondary: false, age: 30, endGoal: "upper-secondary" }],
  ["UA-DUR-25", "granted", { legalBasis: "collective-protection", permitGranted: "2023-01-10", upperSecondary: false, age: 30, endGoal: "work" }, { legalBasis: "collective-protection", permitGranted: "2023-01-10", upperSecondary: false, age: 20, endGoal: "work" }],
  ["UA-EXT", "assess", { legalBasis: "collective-protection", permitGranted: "2023-01-10", upperSecondary: false }, { legalBasis: "collective-protection", permitGranted: "2022-01-10", upperSecondary: false }],
  ["UA-NOR", "granted", { legalBasis: "collective-protection", permitGranted: "2023-01-10", age: 30 }, { legalBasis: "collective-protection", permitGranted: "2023-01-10", age: 70 }],
  ["ORD-DECIDE", "granted", { legalBasis: "integreringsloven", settled: "2026-10-01" }, { legalBasis: "integreringsloven", settled: "2020-10-01" }, "2020-12-01"],
  ["ORD-NOR", "granted", { legalBasis: "integreringsloven", settled: "2026-10-01" }, { legalBasis: "integreringsloven", settled: "2020-10-01" }, "2020-12-01"],
];
const AS_OF = "2026-11-22";

function determination(rule: string, raw: object, asOf: string): { person: Person; d: Determination } {
  const person = PersonSchema.parse(raw);
  const d = evaluate(person, asOf).find((x) => x.rule === rule);
  if (!d) throw new Error(`${rule} is not evaluated for ${JSON.stringify(raw)}`);
  return { person, d };
}

/** The draft as plain text, fields to fill in [[…]]. */
const plain = (draft: Draft) =>
  draft.blocks
    .map((b) => (b.kind === "heading" ? b.text : b.kind === "list" ? b.items.map((i) => i.map((r) => r.text).join("")).join("\n") : b.runs.map((r) => (r.fill ? `[[${r.text}]]` : r.text)).join("")))
    .join("\n");

/** Every date, number and choice the person gave, as the letter words them. */
function personValues(person: Person, lang: "nb" | "nn"): string[] {
  const f = formatters(lang);
  const dates = [person.programme?.start, person.programme?.end, person.norwegianTraining?.end, person.settled, person.permitGranted].filter((x): x is string => !!x);
  return [...dates.map(f.date), ...(person.age === undefined ? [] : [`: ${person.age}`]), ...(person.endGoal ? [f.endGoal(person.endGoal)] : [])];
}

describe("the rules the municipality decides by letter (derived from group, measure and kind)", () => {
  it("are the extended programme and Norwegian packages, chapter 6A's durations, extension and Norwegian, and the ordinary programme and Norwegian", () => {
    expect(RULES.filter(isMunicipalDecision).map((r) => r.id)).toEqual(CASES.map(([rule]) => rule));
  });

  it("give no draft for a duty, information or the county's guidance, nor while information is missing", () => {
    const { d } = determination("UA-PARENT", { legalBasis: "collective-protection", permitGranted: "2023-01-10", childrenUnder18: true }, AS_OF);
    expect(draftBlocker(d)).toBe("not-a-decision");
    const missing = determination("IP3-PROG", { legalBasis: "introduksjonsloven" }, AS_OF);
    expect(missing.d.status).toBe("missing-information");
    expect(draftBlocker(missing.d)).toBe("undecided");
    expect(draftFor({ determination: missing.d, person: missing.person, asOf: AS_OF, lang: "nb" })).toBeUndefined();
  });
});

describe.each(DRAFT_LANGUAGES)("every draft type in %s", (lang) => {
  const s = DECISION_STRINGS[lang];
  const f = formatters(lang);

  describe.each(CASES)("%s", (rule, holds, raw, failing, failingAsOf = AS_OF) => {
    it(`${holds === "granted" ? "granted" : "to be assessed"}: the legal basis as cited, the figures, the person's values`, () => {
      const asOf = AS_OF;
      const { person, d } = determination(rule, raw, asOf);
      const draft = draftFor({ determination: d, person, asOf, lang })!;
      expect(draft.outcome).toBe(holds);
      const text = plain(draft);
      expect(text).toContain(s.notice);
      for (const source of d.sources) expect(text).toContain(source.legalBasis);
      if (d.maxMonths !== null) expect(text).toContain(s.maxMonths(f.months(d.maxMonths)));
      if (d.minMonths !== null) expect(text).toContain(s.minMonths(f.months(d.minMonths)));
      if (d.extensionMonths !== null) expect(text).toContain(s.extensionMonths(f.months(d.extensionMonths)));
      for (const deadline of wordDetermination(d, lang).deadlines) expect(text).toContain(deadline.text);
      for (const value of personValues(person, lang)) expect(text).toContain(value);
      if (holds === "assess") expect(text).toContain(`[[${s.assessmentFill}]]`);
      expect(text).toContain(`[[${s.appealFill}]]`);
    });

    it("refused: names the failed condition with the person's value and the rule's bound", () => {
      const asOf = failingAsOf;
      const { person, d } = determination(rule, failing, asOf);
      expect(d.status).toBe("not-entitled");
      const draft = draftFor({ determination: d, person, asOf, lang })!;
      expect(draft.outcome).toBe("refused");
      const text = plain(draft);
      expect(text).toContain(s.failedConditions);
      const failed = wordDetermination(d, lang).reasons.filter((r) => r.held === false);
      expect(failed.length).toBeGreaterThan(0);
      for (const r of failed) expect(text).toContain(r.text);
      for (const source of d.sources) expect(text).toContain(source.legalBasis);
    });
  });
});

describe("personal details and the printable page", () => {
  const { person, d } = determination("UA-NOR", { legalBasis: "collective-protection", permitGranted: "2023-01-10", age: 30 }, AS_OF);

  it("fills what the caseworker typed and leaves the rest as marked fields", async () => {
    const receipt = await makeReceipt({ asOf: AS_OF, person }, evaluate(person, AS_OF));
    const draft = draftFor({ determination: d, person, asOf: AS_OF, lang: "nn", details: { name: "Olena Test", caseNumber: "2026/123" }, receipt })!;
    const text = plain(draft);
    expect(text).toContain("Olena Test");
    expect(text).toContain("2026/123");
    expect(text).not.toContain(DECISION_STRINGS.nn.placeholders.name);
    expect(text).toContain(`[[${DECISION_STRINGS.nn.placeholders.address}]]`);
    expect(text).toContain(receiptCode(receipt));
    // A file name never carries a personal detail.
    expect(draft.fileName).toBe("vedtaksutkast-UA-NOR-2026-11-22");
  });

  it("renders as one article in the draft's language, fields marked, typed text escaped", () => {
    const draft = draftFor({ determination: d, person, asOf: AS_OF, lang: "nb", details: { name: "<b>Ola</b>" } })!;
    const page = String(draftHtml(draft));
    expect(page).toMatch(/^<article class="draft stack" lang="nb" data-draft="UA-NOR">/);
    expect(page).toContain(`<mark class="draft-fill">${DECISION_STRINGS.nb.placeholders.address}</mark>`);
    expect(page).toContain("&lt;b&gt;Ola&lt;/b&gt;");
    expect(page).toContain(`<h1 class="ds-heading" data-size="md">${draft.title}</h1>`);
  });
});
