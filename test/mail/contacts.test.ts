import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { addressWarning } from "../../functions/intake/contacts/register";
import { ADMIN, call } from "../intake/helpers";

const put = (body: BodyInit, type: string, language = "nb") =>
  call("/api/v1/admin/contacts", { method: "PUT", headers: { ...ADMIN, "Content-Type": type, "Accept-Language": language }, body });
const register = async () =>
  (await (await call("/api/v1/admin/contacts", { headers: ADMIN })).json()) as {
    contacts: Array<{ code: string; email: string; language: string }>;
    missing: Array<{ code: string }>;
    warnings: Array<{ code: string; warning: string }>;
  };
type Problem = { status: number; errors: Array<{ field: string; code: string; message: string }> };

/** Windows-1252, as older Excel saves "CSV (semikolondelt)": å is one byte, 0xE5. */
const cp1252 = (text: string) => new Uint8Array([...text].map((ch) => ({ å: 0xe5, ø: 0xf8, æ: 0xe6 })[ch] ?? ch.charCodeAt(0)));

describe("the contact register: imported with Norwegian spreadsheet habits, checked against the register", () => {
  it("reads semicolons with a BOM and CRLF, commas, Windows-1252, lost leading zeros, headers in any case", async () => {
    expect((await put("\uFEFFKommunenummer;E-post\r\n301;Postmottak@Oslo.Kommune.example\r\n", "text/csv")).status).toBe(200);
    expect((await put("kommunenummer,epost,målform\n4601,mailto:postmottak@bergen.kommune.example,nynorsk\n", "text/csv; charset=utf-8")).status).toBe(200);
    const res = await put(cp1252("kommunenummer;epost;målform\r\n5001;postmottak@trondheim.kommune.example;bokmål\r\n"), "text/csv");
    expect(res.status).toBe(200);
    const { contacts } = await register();
    expect(contacts.map((c) => [c.code, c.email, c.language])).toEqual([
      ["0301", "postmottak@oslo.kommune.example", "nb"],
      ["4601", "postmottak@bergen.kommune.example", "nn"],
      ["5001", "postmottak@trondheim.kommune.example", "nb"],
    ]);
  });

  it("refuses old numbers with what they became (renumbered, merged, split), unknown numbers, bad addresses and duplicates; names the row; saves nothing", async () => {
    const before = await register();
    const csv = [
      "kommunenummer;epost;målform",
      "3024;postmottak@baerum.kommune.example", // row 2: renumbered 3201 in 2024
      "0122;postmottak@trogstad.kommune.example", // row 3: merged into Indre Østfold
      "1507;postmottak@alesund.kommune.example", // row 4: split in 2024
      "9999;postmottak@ingen.example", // row 5
      "1103;ikke en adresse", // row 6
      "1106;postmottak@haugesund.kommune.example;engelsk", // row 7
      "1108;postmottak@sandnes.kommune.example", // row 8 (valid, but the file fails)
      "1108;post@sandnes.kommune.example", // row 9: duplicate
    ].join("\r\n");
    const res = await put(csv, "text/csv");
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    const messages = Object.fromEntries(problem.errors.map((e) => [e.field, e.message]));
    expect(messages["2.code"]).toBe("Rad 2: 3024 Bærum fikk nytt kommunenummer 3201 Bærum 01.01.2024. Bruk 3201.");
    expect(messages["3.code"]).toMatch(/^Rad 3: 0122 Trøgstad ble slått sammen med andre kommuner til 3118 Indre Østfold/);
    expect(messages["4.code"]).toBe("Rad 4: 1507 Ålesund ble delt 01.01.2024: 1508 Ålesund og 1580 Haram. Skriv én rad for hver av dem.");
    expect(messages["5.code"]).toBe("Rad 5: 9999 er ikke et kommunenummer i dag.");
    expect(messages["6.email"]).toBe("Rad 6: «ikke en adresse» er ikke en gyldig e-postadresse. Skriv en adresse som postmottak@kommune.no.");
    expect(messages["7.language"]).toMatch(/^Rad 7: Målformen «engelsk» er ukjent/);
    expect(messages["9.code"]).toBe("Kommunenummer 1108 står flere ganger (rad 8, 9). Behold én rad.");
    expect(await register()).toEqual(before);
  });

  it("answers in English on request, and names the JSON field by its path", async () => {
    const res = await put(JSON.stringify([{ code: "3024", email: "postmottak@baerum.kommune.example" }]), "application/json", "en");
    const problem = (await res.json()) as Problem;
    expect(problem.errors).toEqual([{ field: "0.code", code: "invalid-value", message: "3024 Bærum was renumbered 3201 Bærum on 01.01.2024. Use 3201." }]);
  });

  it("warns, but saves, when an address looks like a person's or a private mailbox", async () => {
    const res = await put(
      JSON.stringify([
        { code: "1111", email: "ola.nordmann@sokndal.kommune.example" },
        { code: "1112", email: "lund.kommune@gmail.com" },
        { code: "1114", email: "flyktningtjenesten@bjerkreim.kommune.example" },
      ]),
      "application/json",
    );
    expect(res.status).toBe(200);
    const saved = (await res.json()) as { created: number; warnings: Array<{ code: string; warning: string; message: string }> };
    expect(saved.created).toBe(3);
    expect(saved.warnings.map((w) => [w.code, w.warning])).toEqual([
      ["1111", "person-like"],
      ["1112", "private-provider"],
    ]);
    expect(saved.warnings[0]!.message).toContain("ser ut som adressen til en person");
  });

  it.each([
    ["postmottak@oslo.kommune.no", undefined],
    ["post@asker.kommune.no", undefined],
    ["servicetorget@kristiansand.kommune.no", undefined],
    ["kari.nordmann@oslo.kommune.no", "person-like"],
    ["k-nordmann@bodo.kommune.no", "person-like"],
    ["nav.flyktning@bodo.kommune.no", undefined],
    ["kommunen@hotmail.com", "private-provider"],
  ])("%s → %s", (email, warning) => {
    expect(addressWarning(email)).toBe(warning);
  });

  it("audits every change without the address, and nothing for an unchanged row; the CSV it gives reads back unchanged", async () => {
    const count = async () => (await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'contact.%'").first<{ n: number }>())!.n;
    const before = await count();
    await put(JSON.stringify([{ code: "1119", email: "postmottak@ha.kommune.example" }]), "application/json");
    await put(JSON.stringify([{ code: "1119", email: "postmottak@ha.kommune.example" }]), "application/json");
    await put(JSON.stringify([{ code: "1119", email: "post@ha.kommune.example", language: "nn" }]), "application/json");
    const lines = await env.DB.prepare("SELECT action, code, detail FROM audit_log WHERE action LIKE 'contact.%' AND code = '1119' ORDER BY id").all<{ action: string; detail: string }>();
    expect(lines.results.map((l) => l.action)).toEqual(["contact.created", "contact.updated"]);
    expect(JSON.parse(lines.results[1]!.detail)).toEqual({ domain: "ha.kommune.example", language: "nn", warning: null });
    expect(JSON.stringify(lines.results)).not.toContain("post@ha");
    expect(await count()).toBe(before + 2);

    const csv = await (await call("/api/v1/admin/contacts", { headers: { ...ADMIN, Accept: "text/csv" } })).text();
    expect(csv.startsWith("kommunenummer;kommune;epost;målform\r\n")).toBe(true);
    const back = (await (await put(csv, "text/csv")).json()) as { unchanged: number; created: number; updated: number };
    expect(back).toMatchObject({ created: 0, updated: 0 });
    expect(back.unchanged).toBeGreaterThan(0);
  });

  it("removes one address (audited); a second removal is 404 and writes nothing", async () => {
    await put(JSON.stringify([{ code: "1120", email: "postmottak@klepp.kommune.example" }]), "application/json");
    expect((await call("/api/v1/admin/contacts/1120", { method: "DELETE", headers: ADMIN })).status).toBe(204);
    expect((await call("/api/v1/admin/contacts/1120", { method: "DELETE", headers: ADMIN })).status).toBe(404);
    const lines = await env.DB.prepare("SELECT action FROM audit_log WHERE code = '1120' ORDER BY id").all<{ action: string }>();
    expect(lines.results.map((l) => l.action)).toEqual(["contact.created", "contact.deleted"]);
    expect((await register()).missing.map((m) => m.code)).toContain("1120");
  });

  it("is for admins only", async () => {
    expect((await call("/api/v1/admin/contacts")).status).toBe(401);
    expect((await call("/api/v1/admin/contacts", { method: "PUT", headers: { "Content-Type": "text/csv" }, body: "kommunenummer;epost\n0301;a@b.no" })).status).toBe(401);
  });
});
