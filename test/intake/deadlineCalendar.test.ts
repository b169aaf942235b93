import { describe, expect, it } from "vitest";
import { call, createRound, issueLinks, openLink } from "./helpers";

/** The round's deadline as a calendar file, from the municipality's report page (issue #14). */
async function calendarFor(closesAt: string) {
  const roundId = await createRound({ opensAt: new Date(Date.now() - 3_600_000).toISOString(), closesAt, title: "Pakke III" });
  const cookie = await openLink((await issueLinks(roundId))["0301"]!);
  return call("/rapport/frist.ics", { headers: { Cookie: cookie } });
}

describe("GET /rapport/frist.ics", () => {
  it("is the deadline's date in Norway as an all-day event, the time in words", async () => {
    // 00:30 Norwegian summer time on 1 July is still 30 June in UTC: the event is on 1 July.
    const res = await calendarFor("2099-07-01T00:30:00+02:00");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const ics = (await res.text()).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("DTSTART;VALUE=DATE:20990701\r\n");
    expect(ics).toContain("SUMMARY:Rapporteringsfrist: Pakke III (0301 Oslo - Oslove)\r\n");
    expect(ics).toMatch(/DESCRIPTION:Frist for rapporten til IMDi: 1\. juli 2099 kl\. 00:30 \(norsk tid\)/);
  });

  it("needs the municipality's session, like every report page", async () => {
    expect((await call("/rapport/frist.ics")).status).toBe(404);
  });
});
