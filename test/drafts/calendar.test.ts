import { describe, expect, it } from "vitest";
import { deadlineEvents } from "../../functions/core/calendar/events";
import { evaluate, PersonSchema, RULES_VERSION } from "../../functions/core/rules";
import { toIcs } from "../../functions/formats/calendar";
import { call } from "../intake/helpers";

// Settled on 30 November 2026: the decision is due 28 February 2027 (month arithmetic), Norwegian training likewise.
const person = PersonSchema.parse({ legalBasis: "integreringsloven", settled: "2026-11-30" });
const asOf = "2026-12-01";

/** The VEVENTs of an iCalendar text, each as its unfolded properties. */
function vevents(ics: string): Array<Record<string, string>> {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((m) =>
    Object.fromEntries(m[1]!.split("\r\n").filter(Boolean).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)])),
  );
}

describe("deadlines as a calendar", () => {
  it("one all-day event per computed deadline, on its due date, titled with the reference, the deadline and the rule", () => {
    const events = deadlineEvents([{ determinations: evaluate(person, asOf), reference: "  Sak\n2026/7 " }], "nb", RULES_VERSION);
    const ics = toIcs(events, "Frister", new Date("2026-12-01T08:00:00Z"));
    expect(ics).toContain("X-WR-TIMEZONE:Europe/Oslo");
    expect(vevents(ics)).toEqual([
      expect.objectContaining({ UID: "ORD-DECIDE-decision-2027-02-28@rettsjekk", "DTSTART;VALUE=DATE": "20270228", "DTEND;VALUE=DATE": "20270301", SUMMARY: "Sak 2026/7: Frist for vedtak og oppstart av introduksjonsprogram (ORD-DECIDE)" }),
      expect.objectContaining({ UID: "ORD-NOR-norwegian-start-2027-02-28@rettsjekk", "DTSTART;VALUE=DATE": "20270228", SUMMARY: "Sak 2026/7: Frist for oppstart av opplæring i norsk (ORD-NOR)" }),
    ]);
    expect(vevents(ics)[0]!.DESCRIPTION).toContain("28. februar 2027");
  });

  it("every row in one calendar, told apart by their keys; no event without a deadline", () => {
    const other = PersonSchema.parse({ legalBasis: "introduksjonsloven", programme: { start: "2019-08-15" } });
    const events = deadlineEvents(
      [
        { determinations: evaluate(person, asOf), reference: "A-1", key: "row-2" },
        { determinations: evaluate(other, asOf), reference: "A-2", key: "row-3" },
        { determinations: evaluate(person, asOf), key: "row-4" },
      ],
      "en",
      RULES_VERSION,
    );
    expect(events.map((e) => [e.uid, e.title])).toEqual([
      ["row-2-ORD-DECIDE-decision-2027-02-28@rettsjekk", "A-1: Deadline for the decision and start of the introduction programme (ORD-DECIDE)"],
      ["row-2-ORD-NOR-norwegian-start-2027-02-28@rettsjekk", "A-1: Deadline for the start of Norwegian training (ORD-NOR)"],
      ["row-4-ORD-DECIDE-decision-2027-02-28@rettsjekk", "Deadline for the decision and start of the introduction programme (ORD-DECIDE)"],
      ["row-4-ORD-NOR-norwegian-start-2027-02-28@rettsjekk", "Deadline for the start of Norwegian training (ORD-NOR)"],
    ]);
  });
});

describe("POST /api/v1/eligibility/deadlines.ics", () => {
  it("answers the same events as a calendar file, in the language asked for", async () => {
    const res = await call(`/api/v1/eligibility/deadlines.ics?reference=${encodeURIComponent("2026/7")}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": "nn" },
      body: JSON.stringify({ asOf, person }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const events = vevents(await res.text());
    expect(events.map((e) => e.SUMMARY)).toEqual(["2026/7: Frist for vedtak og oppstart av introduksjonsprogram (ORD-DECIDE)", "2026/7: Frist for oppstart av opplæring i norsk (ORD-NOR)"]);
  });
});
