import { describe, expect, it } from "vitest";
import type { Answers } from "../../functions/core/checker/answers";
import { render } from "../../functions/core/checker/views";
import { escapeHtml } from "../../functions/core/html";
import { formatters, packFor } from "../../functions/core/i18n";
import { LANGUAGES, RULES_VERSION, type Lang, type RuleId } from "../../functions/core/rules";

/**
 * What the result page says (issue 15 items 1–3 and 5), read from the HTML the Worker sends and the
 * browser draws: the summary first, a shared warning once, ended rules apart and never green.
 */
const TODAY = "2026-11-22";
const UA: Answers = { legalBasis: "collective-protection", permitGranted: "2022-04-01", age: "30", upperSecondary: "no", endGoal: "work", childrenUnder18: "yes", settled: "2026-10-01" };
const UA_BEFORE: Answers = { legalBasis: "collective-protection", permitGranted: "before-window", settled: "2022-05-01" };
const INTRO: Answers = { legalBasis: "introduksjonsloven", "programme.start": "2019-09-01", "programme.end": "?", "norwegianTraining.rightAndDuty": "yes", "norwegianTraining.end": "2021-10-01" };
const page = (lang: Lang, answers: Answers) => String(render(packFor(lang), answers, { kind: "result" }, TODAY));
const count = (text: string, part: string) => text.split(part).length - 1;
/** Each rule's collapsed details, with its status tag. */
const rows = (html: string) => [...html.matchAll(/<details class="ds-details" id="rule-([A-Z0-9-]+)">([\s\S]*?)<\/details>/g)].map((m) => ({ rule: m[1]!, body: m[2]! }));
const after = (html: string, marker: string) => html.slice(html.indexOf(marker));
const before = (html: string, marker: string) => html.slice(0, html.indexOf(marker));

describe("the result, summary first", () => {
  it.each(LANGUAGES)("%s: collective protection names today's rights with figures, the deadline, and the shared warning once", (lang) => {
    const pack = packFor(lang);
    const s = pack.checker;
    const html = page(lang, UA);
    const summary = before(html, "data-caseworker>");
    expect(summary).toContain(s.rightsNow);
    expect(summary).toContain(`${pack.rules["UA-NOR"].title}: ${s.months(12)}`);
    expect(summary).toContain(`${pack.rules["UA-DUR-25"].title}: ${s.monthsRange(3, 24)}, ${s.extension(12)}`);
    expect(summary).toContain(s.municipalityMust);
    expect(summary).toContain(s.youMust);
    expect(summary).toContain(`<li>${pack.rules["UA-DUR-VGS"].title}</li>`);
    expect(count(html, escapeHtml(pack.notes["UA-END-DATE-ANNOUNCED"]))).toBe(1);
    expect(html.indexOf(escapeHtml(pack.notes["UA-END-DATE-ANNOUNCED"]))).toBeLessThan(html.indexOf(s.summaryTitle));
  });

  it.each(LANGUAGES)("%s: chapter 6A not applying is explained once, and the ordinary rules are what the summary lists", (lang) => {
    const pack = packFor(lang);
    const html = page(lang, UA_BEFORE);
    expect(count(html, pack.checker.chapter6ATitle)).toBe(1);
    expect(count(html, escapeHtml(pack.notes["CHAPTER-6A-NOT-APPLICABLE"]))).toBe(0);
    expect(before(html, "data-caseworker>")).toContain(pack.rules["ORD-MAP"].title);
    expect(before(html, "data-caseworker>")).not.toContain(pack.rules["UA-MAP"].title);
    expect(after(html, pack.checker.notApplicableTitle)).toContain(pack.rules["UA-MAP"].title);
    // A yes/no permit answer is never worded as a day the person did not give.
    expect(html).not.toContain(`${pack.format.date(10, pack.format.months[2]!, 2022)}`);
    expect(html).toContain(pack.checker.permitAnswered(false, packFor(lang).format.date(11, pack.format.months[2]!, 2022)));
  });

  it.each(LANGUAGES)("%s: ended rules are under 'Earlier rules', with the reason once, never green, never 'applied on the assessment date'", (lang) => {
    const pack = packFor(lang);
    const s = pack.checker;
    const html = page(lang, INTRO);
    expect(html).toContain(escapeHtml(s.nothingNow));
    const earlier = after(html, s.earlierTitle);
    expect(earlier).toContain(s.earlierWhy);
    for (const id of ["IP1-PROG", "IP2-PROG", "IP3-PROG", "IP3-NOR", "REINF", "CAREER"] as const) {
      expect(earlier).toContain(`id="rule-${id}"`);
      expect(before(html, s.earlierTitle)).not.toContain(`id="rule-${id}"`);
    }
    expect(earlier).not.toContain('data-color="success"');
    expect(earlier).toContain(s.historicalStatuses["needs-assessment"]);
    expect(html).not.toContain(escapeHtml(pack.notes["HISTORICAL-RULE"]));
    // IP1-PROG starts in force on 1 August 2020: its period is said, not "applied on the assessment date".
    const ip1 = rows(html).find((r) => r.rule === "IP1-PROG")!;
    expect(ip1.body).toContain(s.endedOn(pack.format.date(31, pack.format.months[11]!, 2022)));
    const appliedOnAssessment = pack.condition["rules-in-force"]({ condition: "rules-in-force", date: "2020-08-01", actual: TODAY, held: true }, formatters(lang));
    expect(ip1.body).not.toContain(escapeHtml(appliedOnAssessment));
  });

  it.each(LANGUAGES)("%s: a rule that does not hold lists no months", (lang) => {
    const pack = packFor(lang);
    const s = pack.checker;
    for (const answers of [UA, UA_BEFORE, INTRO]) {
      for (const r of rows(page(lang, answers))) {
        const tag = /<span class="ds-tag"[^>]*>([^<]*)<\/span>/.exec(r.body)![1]!;
        const holds = ![pack.statuses["not-entitled"], pack.statusesForInformation["not-entitled"], s.historicalStatuses["not-entitled"], pack.statuses["missing-information"], s.historicalStatuses["missing-information"]].includes(tag);
        // The rule's own description ("a programme of up to 6 months") says what the rule gives; the card's
        // figures, reasons and deadlines say what the person gets, and for a rule that does not hold, nothing.
        const card = r.body.replace(escapeHtml(pack.rules[r.rule as RuleId].summary), "");
        if (!holds) for (const n of [4, 6, 12, 24, 36]) expect(card, `${r.rule} (${tag})`).not.toContain(s.months(n).slice(1));
      }
    }
  });

  it.each(LANGUAGES)("%s: every rule links to its page, and the result carries the answers, the rules version and one slot for caseworker outputs", (lang) => {
    const html = page(lang, UA);
    for (const r of rows(html)) expect(r.body).toContain(`/regler/${r.rule.toLowerCase()}/"`);
    expect(count(html, "data-caseworker>")).toBe(1);
    expect(after(html, "data-caseworker>")).toContain(packFor(lang).checker.rulesVersion(RULES_VERSION));
    expect(after(html, "data-caseworker>")).toContain(packFor(lang).checker.yourAnswers);
    expect(html).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each(LANGUAGES)("%s: sources by their real names, linked to IMDi and Lovdata, never a seed's file name (issue 15 item 4)", (lang) => {
    const html = page(lang, UA);
    expect(html).not.toMatch(/_[0-9a-f]{16}\.txt/);
    for (const r of rows(html)) {
      const sources = r.body.slice(r.body.indexOf(`${packFor(lang).checker.sources}:`));
      expect(sources).toContain('href="https://lovdata.no/dokument/NL/lov/2020-11-06-127"');
      // The Norwegian legal reference is marked as Norwegian on a page in another language (WCAG 3.1.2).
      if (lang !== "nb") expect(sources).toContain('<span lang="nb">Integreringsloven');
    }
    const sourceName = escapeHtml(packFor(lang).sourceName({ kind: "imdi-page", title: "", date: "" }).split(" ")[0]!);
    expect(html).toContain(sourceName);
  });

  it("Ukrainian sentences of the checker's own never end in a double full stop after a date (which ends in 'р.')", () => {
    const s = packFor("uk").checker;
    const d = packFor("uk").format.date(11, "березня", 2022);
    for (const text of [s.endedOn(d), s.chapter6APermit(d), s.chapter6APermit(d, d), s.chapter6ANotInForce(d), s.permitAnswered(true, d), s.permitAnswered(false, d), `${s.assessedOn(d)}`]) {
      expect(text).not.toContain("р..");
      expect(text).not.toMatch(/р\.\s*\.$/);
    }
  });
});
