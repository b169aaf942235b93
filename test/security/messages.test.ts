import { describe, expect, it } from "vitest";
import { packFor } from "../../functions/core/i18n";
import { BASE, call, counts, createRound, issueLinks, openLink, submitJson } from "../intake/helpers";

/**
 * Issue 12, item 11: a round that has not opened says when it opens instead of showing the form; a 412
 * has a real title and detail, and so do the other refusals of a submission, in bokmål and English; the
 * 400 for bad `values` names each field. Before: the form was shown and its post said "the round is
 * closed"; the 412 was titled "Feil" with an English detail; the 400 said only "values".
 */
const send = (cookie: string, key: string, body: Record<string, unknown>, language = "nb") =>
  call("/api/v1/report/submissions", {
    method: "POST",
    headers: { Cookie: cookie, "Idempotency-Key": key, "Content-Type": "application/json", "Accept-Language": language },
    body: JSON.stringify(body),
  });
type Problem = { title: string; detail: string; errors?: Array<{ field: string; code: string; message: string }>; latestVersion?: number };

describe("a round that has not opened", () => {
  const future = { opensAt: "2099-01-15T07:00:00.000Z", closesAt: "2099-02-01T22:59:00.000Z" };

  it("shows when it opens (Norwegian time) instead of the form", async () => {
    const cookie = await openLink((await issueLinks(await createRound(future)))["0301"]!);
    const page = await (await call("/rapport/", { headers: { Cookie: cookie } })).text();
    expect(page).toContain("Runden er ikke åpnet ennå. Den åpner 15. januar 2099 kl. 08:00 (norsk tid). Dere kan rapportere fra da.");
    expect(page).not.toContain('action="/rapport/sjekk"');
  });

  it("the API says when it opens, in bokmål and English, not that it is closed", async () => {
    const cookie = await openLink((await issueLinks(await createRound(future)))["4601"]!);
    const nb = await send(cookie, "early-nb", { values: counts(1), expectedVersion: 0 });
    expect(nb.status).toBe(403);
    expect(((await nb.json()) as Problem).detail).toBe("Runden er ikke åpnet ennå. Den åpner 15. januar 2099 kl. 08:00 (norsk tid).");
    const en = await send(cookie, "early-en", { values: counts(1), expectedVersion: 0 }, "en");
    expect(((await en.json()) as Problem).detail).toBe("The round has not opened yet. It opens on 15 January 2099 at 08:00 (Norwegian time).");
  });

  it("a form post sent anyway says the same", async () => {
    const cookie = await openLink((await issueLinks(await createRound(future)))["3201"]!);
    const fields = { "ip3-programme.count": "1", "ip3-norwegian.count": "0", "ip2-programme.count": "0", "ip2-norwegian.count": "0", expectedVersion: "0", attest: "yes", idempotencyKey: "early-form" };
    const res = await call("/rapport/send", { method: "POST", headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });
    expect(await res.text()).toContain("Runden er ikke åpnet ennå. Den åpner 15. januar 2099 kl. 08:00 (norsk tid).");
  });
});

describe("a submission's refusals, in words", () => {
  it("412: someone else sent a newer version (title and detail in bokmål and English)", async () => {
    const cookie = await openLink((await issueLinks(await createRound({ municipalities: ["0301"] })))["0301"]!);
    await submitJson(cookie, "newer-report-1", { values: counts(1), expectedVersion: 0 });
    const nb = (await (await send(cookie, "stale-nb", { values: counts(2), expectedVersion: 0 })).json()) as Problem;
    expect(nb).toMatchObject({
      title: "Forhåndsbetingelsen er ikke oppfylt",
      detail: "Noen andre har sendt en nyere versjon av rapporten (versjon 1). Se den nyeste versjonen, og send endringen på nytt med expectedVersion 1.",
      latestVersion: 1,
    });
    const en = (await (await send(cookie, "stale-en", { values: counts(2), expectedVersion: 0 }, "en")).json()) as Problem;
    expect(en).toMatchObject({
      title: "Precondition failed",
      detail: "Someone else has sent a newer version of the report (version 1). Look at the latest version and send your correction again with expectedVersion 1.",
    });
  });

  it("422 and the closed round's 403 are worded in both languages", async () => {
    const cookie = await openLink((await issueLinks(await createRound({ municipalities: ["0301"] })))["0301"]!);
    await submitJson(cookie, "reused-key-1", { values: counts(1), expectedVersion: 0 });
    expect(((await (await send(cookie, "reused-key-1", { values: counts(5), expectedVersion: 0 }, "en")).json()) as Problem).detail).toBe(
      "The Idempotency-Key was used before, with a different body. Use a new key for a new submission.",
    );
    const closed = await openLink((await issueLinks(await createRound({ opensAt: new Date(Date.now() - 7_200_000).toISOString(), closesAt: new Date(Date.now() - 3_600_000).toISOString() })))["0301"]!);
    expect(((await (await send(closed, "too-late", { values: counts(1), expectedVersion: 0 })).json()) as Problem).detail).toBe("Fristen er ute, og runden tar ikke lenger imot rapporter.");
  });

  it("400 for values names each field that failed, with the field message", async () => {
    const cookie = await openLink((await issueLinks(await createRound({ municipalities: ["0301"] })))["0301"]!);
    const res = await send(cookie, "bad-values", { values: { "ip3-programme": { count: -1 }, "ip2-programme": { count: 1.5 }, "ip2-norwegian": { count: 0 }, extra: { count: 1 } }, expectedVersion: 0 }, "en");
    expect(res.status).toBe(400);
    const en = packFor("en").validation;
    expect(((await res.json()) as Problem).errors).toEqual(
      expect.arrayContaining([
        { field: "values.ip3-programme.count", code: "too-small", message: en["too-small"] },
        { field: "values.ip3-norwegian", code: "required", message: en.required },
        { field: "values.ip2-programme.count", code: "invalid-type", message: en["invalid-type"] },
        { field: "values.extra", code: "unknown-field", message: en["unknown-field"] },
      ]),
    );
  });
});
