import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, BASE, call, counts, createRound, issueLinks, openLink, submitJson } from "./helpers";

/** Issue 16 items 13–16: IMDi's admin pages as staff use them, without JavaScript. */
const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  call(path, {
    method: "POST",
    headers: { ...ADMIN, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
const get = (path: string, cookie?: string) => call(path, { headers: { ...ADMIN, ...(cookie ? { Cookie: cookie } : {}) } });
const liveLinks = async (roundId: string) =>
  (await env.DB.prepare("SELECT code FROM links WHERE round_id = ? AND revoked_at IS NULL ORDER BY code").bind(roundId).all<{ code: string }>()).results.map((r) => r.code);
const shownLinks = (page: string) => [...page.matchAll(/(\d{4});[^;\n]*;https?:\/\/[^/\s]+(\/rapport\/lenke\/[A-Za-z0-9_-]+)/g)].map((m) => ({ code: m[1]!, path: m[2]! }));

describe("links: a reload never revokes, every revoking action asks first", () => {
  it("issuing is post/redirect/get: the links are shown once, and reloading that page revokes nothing", async () => {
    const roundId = await createRound();
    const made = await post(`/admin/runder/${roundId}/lenker`, { bekreftet: "ja" });
    // The old page answered the POST itself (200 with the links), so F5 re-posted it and revoked them all.
    expect(made.status).toBe(303);
    expect(made.headers.get("Location")).toBe(`/admin/runder/${roundId}/lenker`);
    const cookie = made.headers.get("Set-Cookie")!.split(";")[0]!;
    const first = await (await get(`/admin/runder/${roundId}/lenker`, cookie)).text();
    const links = shownLinks(first);
    expect(links.map((l) => l.code)).toEqual(["0301", "3201", "4601"]);
    expect(first).toContain('download="rettsjekk-lenker-');
    expect(first).toContain("data-copy=\"lenker-csv\"");
    // A reload: the page says they were shown, issues nothing and revokes nothing.
    const reload = await get(`/admin/runder/${roundId}/lenker`, cookie);
    expect(reload.status).toBe(200);
    expect(reload.headers.get("Set-Cookie")).toMatch(/^__Host-lenker=;/);
    const again = await reload.text();
    expect(again).toContain("Lenkene er allerede vist");
    expect(shownLinks(again)).toEqual([]);
    expect(await liveLinks(roundId)).toEqual(["0301", "3201", "4601"]);
    for (const l of links) expect((await call(l.path)).status).toBe(303);
    // Nothing is left in the hand-over table after the one view.
    expect((await env.DB.prepare("SELECT count(*) AS n FROM link_handoffs WHERE round_id = ?").bind(roundId).first<{ n: number }>())!.n).toBe(0);
  });

  it("a post without the confirmation (an old form, a stray request) only asks; the confirmation page says how many links stop working", async () => {
    const roundId = await createRound();
    const before = await issueLinks(roundId);
    const unconfirmed = await post(`/admin/runder/${roundId}/lenker`, {});
    expect(unconfirmed.status).toBe(303);
    expect(unconfirmed.headers.get("Location")).toBe(`/admin/runder/${roundId}/lenker/ny`);
    expect((await call(before["0301"]!)).status).toBe(303);
    const confirm = await (await get(`/admin/runder/${roundId}/lenker/ny`)).text();
    expect(confirm).toContain("3 lenker som virker nå, slutter å virke med en gang");
    expect(confirm).toContain('name="bekreftet" value="ja"');
  });

  it("one municipality's link is reissued or revoked from its row, the others untouched", async () => {
    const roundId = await createRound();
    const before = await issueLinks(roundId);
    const status = await (await get(`/admin/runder/${roundId}`)).text();
    expect(status).toContain(`href="/admin/runder/${roundId}/kommuner/3201/ny-lenke"`);
    expect(status).toContain(`href="/admin/runder/${roundId}/kommuner/3201/trekk-tilbake"`);
    expect(await (await get(`/admin/runder/${roundId}/kommuner/3201/ny-lenke`)).text()).toContain("Lenken kommunen har nå, slutter å virke med en gang.");

    const reissued = await post(`/admin/runder/${roundId}/kommuner/3201/ny-lenke`, { bekreftet: "ja" });
    expect(reissued.status).toBe(303);
    const shown = shownLinks(await (await get(reissued.headers.get("Location")!, reissued.headers.get("Set-Cookie")!.split(";")[0])).text());
    expect(shown.map((l) => l.code)).toEqual(["3201"]);
    expect((await call(shown[0]!.path)).status).toBe(303);
    expect((await call(before["3201"]!)).status).toBe(404);
    expect((await call(before["0301"]!)).status).toBe(303);

    const revoked = await post(`/admin/runder/${roundId}/kommuner/0301/trekk-tilbake`, { bekreftet: "ja" });
    expect(revoked.headers.get("Location")).toBe(`/admin/runder/${roundId}?trukket=0301`);
    expect(await (await get(revoked.headers.get("Location")!)).text()).toContain("Lenken til 0301 Oslo - Oslove er trukket tilbake.");
    expect((await call(before["0301"]!)).status).toBe(404);
    expect(await liveLinks(roundId)).toEqual(["3201", "4601"]);
    // A municipality outside the round: nothing to confirm, nothing done.
    expect((await post(`/admin/runder/${roundId}/kommuner/5001/trekk-tilbake`, { bekreftet: "ja" })).status).toBe(404);
  });
});

describe("the round's status: counts and kroner in their own columns, sortable, filtered, exported", () => {
  it("shows counts and amounts apart, sorts by sum, filters and exports who has not reported; the round list shows progress", async () => {
    const roundId = await createRound();
    const links = await issueLinks(roundId);
    await submitJson(await openLink(links["4601"]!), "admin-pages-status-1", { values: counts(3, 2), expectedVersion: 0 });
    const page = await (await get(`/admin/runder/${roundId}?sorter=sum&retning=synkende`)).text();
    // Bergen first (sorted by sum, descending), with its count (3) and its kroner in separate cells.
    const bodyRows = page.split("<tbody>")[1]!.split("</tbody>")[0]!.split("<tr>").slice(1);
    expect(bodyRows[0]).toContain("4601 Bergen");
    expect(bodyRows[0]).toMatch(/<td class="num">3<\/td>\s*<td class="num">135\u00a0000\u00a0kr<\/td>/);
    expect(page).toContain('aria-sort="descending"');
    const filtered = await (await get(`/admin/runder/${roundId}?vis=ikke-rapportert`)).text();
    expect(filtered).toContain("Viser 2 av 3 kommuner.");
    expect(filtered).not.toContain("4601 Bergen</th>");
    const csv = await (await get(`/admin/runder/${roundId}/ikke-rapportert.csv`)).text();
    expect(csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean)).toEqual(["kommunenummer;kommune;epost;lenke", "0301;Oslo - Oslove;;aktiv", "3201;Bærum;;aktiv"]);
    expect(page).toContain(`href="/api/v1/admin/rounds/${roundId}/export.json"`);
    const list = await (await get("/admin/")).text();
    expect(list).toMatch(new RegExp(`href="/admin/runder/${roundId}">[^<]*</a></th><td>[^<]*</td><td><progress max="3" value="1" aria-hidden="true"></progress> 1 av 3</td>`));
  });
});

describe("a new round from the form", () => {
  const fields = { template: "package-iii-2021", title: "Runde fra skjema", opensDate: "02.01.2026", opensTime: "08:00", closesDate: "15.12.2026", closesTime: "12:00", municipalities: "0301", reminders: "7, 2" };

  it("takes Norwegian dates and times, the late option, and maps an old municipality number where it is unambiguous", async () => {
    const made = await post("/admin/runder", { ...fields, municipalities: "0301, 1201", allowLate: "ja" });
    expect(made.status).toBe(303);
    const location = made.headers.get("Location")!;
    expect(location).toMatch(/\?omgjort=1201$/);
    const id = location.split("/").pop()!.split("?")[0]!;
    const row = await env.DB.prepare("SELECT opens_at, closes_at, allow_late FROM rounds WHERE id = ?").bind(id).first();
    expect(row).toEqual({ opens_at: "2026-01-02T07:00:00.000Z", closes_at: "2026-12-15T11:00:00.000Z", allow_late: 1 });
    const codes = (await env.DB.prepare("SELECT code FROM round_municipalities WHERE round_id = ? ORDER BY code").bind(id).all<{ code: string }>()).results.map((r) => r.code);
    expect(codes).toEqual(["0301", "4601"]);
    expect(await (await get(location)).text()).toContain("1201 Bergen er 4601 Bergen fra");
  });

  it("an invalid form comes back filled in, each error beside its field; a split number is explained, never guessed", async () => {
    const res = await post("/admin/runder", { ...fields, template: "vaccination-information-2022", closesDate: "30.02.2026", closesTime: "25:00", municipalities: "0301, 1507, tolv" });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('value="Runde fra skjema"');
    expect(page).toContain('value="30.02.2026"');
    expect(page).toMatch(/<option value="vaccination-information-2022" selected>Vaksinasjonsinformasjon 2022/);
    expect(page).toContain('id="closesDate-error"');
    expect(page).toContain("Skriv klokkeslettet som tt:mm");
    expect(page).toContain("«tolv» er ikke et kommunenummer.");
    expect(page).toMatch(/1507 Ålesund ble delt .{0,30}2024 i 1508 Ålesund og 1580 Haram/);
    expect(page).not.toContain("ÅÅÅÅ-MM-DDTTT:MM");
    expect((await env.DB.prepare("SELECT count(*) AS n FROM rounds WHERE title = 'Runde fra skjema' AND template = 'vaccination-information-2022'").first<{ n: number }>())!.n).toBe(0);
  });
});
