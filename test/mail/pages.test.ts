import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, call, callWith, createRound } from "../intake/helpers";
import { captureMail, captureQueue, consume, putContacts } from "./helpers";

const SAME_ORIGIN = { Origin: "https://rettsjekk.test" };
const form = (path: string, fields: Record<string, string>, bindings: Partial<Env> = {}) =>
  callWith(bindings, path, { method: "POST", headers: { ...ADMIN, ...SAME_ORIGIN, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });

describe("the admin pages do what the API does, without JavaScript", () => {
  it("the contact register: one address, a spreadsheet, the register's own messages, removal", async () => {
    expect(await (await call("/admin/kontakter")).text()).toContain("Logg inn");
    const one = await form("/admin/kontakter", { code: "301", email: "postmottak@oslo.kommune.example", language: "nn" });
    expect(one.status).toBe(303);
    let page = await (await call(one.headers.get("Location")!, { headers: ADMIN })).text();
    expect(page).toContain("1 adresser er lagret.");
    expect(page).toMatch(/0301 Oslo[^<]*<\/th><td>postmottak@oslo\.kommune\.example<\/td><td>nynorsk/);

    const wrong = await form("/admin/kontakter", { code: "3024", email: "postmottak@baerum.kommune.example", language: "nb" });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("3024 Bærum fikk nytt kommunenummer 3201 Bærum 01.01.2024. Bruk 3201.");

    const body = new FormData();
    body.set("fil", new File(["kommunenummer;epost\r\n4601;ola.nordmann@bergen.kommune.example\r\n"], "kontakter.csv", { type: "text/csv" }));
    const upload = await call("/admin/kontakter/fil", { method: "POST", headers: { ...ADMIN, ...SAME_ORIGIN }, body });
    expect(upload.status).toBe(303);
    page = await (await call("/admin/kontakter", { headers: ADMIN })).text();
    expect(page).toContain("Adresser som bør byttes");
    expect(page).toContain("ser ut som adressen til en person");

    expect((await form("/admin/kontakter/4601/slett", {})).status).toBe(303);
    expect(await (await call("/admin/kontakter", { headers: ADMIN })).text()).not.toContain("ola.nordmann");
  });

  it("a round's e-mails: send the links, see each one's state, re-send a failed one, and the progress as a picture and as text", async () => {
    const roundId = await createRound({ municipalities: ["1103", "4601", "5001"] });
    await putContacts([
      { code: "1103", email: "postmottak@stavanger.kommune.example" },
      { code: "5001", email: "postmottak@trondheim.kommune.example" },
    ]);
    const { sent, queue } = captureQueue();
    const send = await form(`/admin/runder/${roundId}/send`, {}, { MAIL_QUEUE: queue });
    expect(send.status).toBe(303);
    expect(send.headers.get("Location")).toBe(`/admin/runder/${roundId}/utsendelser?sendt=2`);
    // 1103's e-mail fails for good; 5001's goes.
    const failing = captureMail((n) => n === 1);
    const [first, second] = sent;
    await consume([first!], { EMAIL: failing.binding }, { attempts: 6 });
    await consume([second!], { EMAIL: failing.binding });

    const page = await (await call(`/admin/runder/${roundId}/utsendelser`, { headers: ADMIN })).text();
    expect(page).toContain("Feilet");
    expect(page).toContain("Sendt");
    expect(page).toContain("Mangler e-postadresse");
    expect(page).toMatch(/<form method="post" action="\/admin\/runder\/[^"]+\/send\?kode=\d{4}"><button[^>]*>Send på nytt/);
    // The picture, its name and description, and the same numbers as text.
    expect(page).toMatch(/<svg [^>]*role="img" aria-labelledby="progress-title progress-desc"/);
    expect(page).toContain("0 av 3 kommuner har rapportert.");
    expect(page).toContain("<caption>Rapportert per dag (første versjon), norsk tid</caption>");
    expect(page).toContain("11 Rogaland");
    expect(page).toContain("46 Vestland");
    expect(page).not.toMatch(/rapport\/lenke\//);
    expect(page).not.toContain("postmottak@");

    const failedCode = (await env.DB.prepare("SELECT code FROM deliveries WHERE round_id = ? AND status = 'failed'").bind(roundId).first<{ code: string }>())!.code;
    const again = captureQueue();
    const resend = await form(`/admin/runder/${roundId}/send?kode=${failedCode}`, {}, { MAIL_QUEUE: again.queue });
    expect(resend.headers.get("Location")).toBe(`/admin/runder/${roundId}/utsendelser?sendt=1`);
    expect(again.sent).toHaveLength(1);
  });

  it("the new-round form takes the reminder schedule; a bad one is refused with the field's message", async () => {
    const fields = { template: "package-iii-2021", title: "Runde med påminnelser", opensAt: "2026-11-23T08:00", closesAt: "2026-12-07T23:59", municipalities: "0301" };
    const made = await form("/admin/runder", { ...fields, reminders: "5, 1" });
    expect(made.status).toBe(303);
    const id = made.headers.get("Location")!.split("/").at(-1)!;
    const row = await env.DB.prepare("SELECT reminders FROM rounds WHERE id = ?").bind(id).first<{ reminders: string }>();
    expect(JSON.parse(row!.reminders)).toEqual([
      { daysBefore: 5, time: "08:00" },
      { daysBefore: 1, time: "08:00" },
    ]);
    const bad = await form("/admin/runder", { ...fields, reminders: "7, 7, om en uke" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Påminnelser: høyst tre ulike antall dager før fristen");
  });
});
