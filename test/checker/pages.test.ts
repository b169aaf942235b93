import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { stateFrom, stateParams, type State } from "../../functions/core/checker/step";
import { todayInOslo } from "../../functions/core/rules";

/**
 * The checker without JavaScript (issue 15 items 9 and 10): every POST answers 303 with the next state in
 * the address, so Back and reload never post again, a result can be bookmarked, and the language switcher
 * carries the answers along.
 */
const BASE = "https://rettsjekk.test";
const post = (path: string, fields: Record<string, string>) =>
  exports.default.fetch(
    new Request(`${BASE}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE },
      body: new URLSearchParams(fields).toString(),
    }),
  );
const get = async (url: string) => {
  const res = await exports.default.fetch(new Request(new URL(url, BASE)));
  return { res, text: await res.text() };
};

describe("the checker's forms post, then redirect to an address that holds the state", () => {
  it("an answer redirects (303) to the next question's address, which shows it", async () => {
    const res = await post("/sjekk/", { q: "legalBasis", action: "answer", value: "collective-protection" });
    expect(res.status).toBe(303);
    const location = res.headers.get("Location")!;
    expect(location).toBe("/sjekk/?legalBasis=collective-protection&q=permitGranted");
    const { res: page, text } = await get(location);
    expect(page.status).toBe(200);
    expect(text).toContain("Dato oppholdstillatelsen ble gitt");
    expect(text).toContain('name="a.legalBasis" value="collective-protection"');
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    expect(page.headers.get("X-Robots-Tag")).toBe("noindex");
  });

  it("a refused answer redirects too, to the question with the error and the value typed", async () => {
    const res = await post("/en/sjekk/", { "a.legalBasis": "introduksjonsloven", q: "programme.start", action: "answer", value: "30.02.2021" });
    expect(res.status).toBe(303);
    const { text } = await get(res.headers.get("Location")!);
    expect(text).toContain("ds-error-summary");
    expect(text).toContain("This date does not exist in the calendar.");
    expect(text).toContain('value="30.02.2021"');
  });

  it("a result's address can be bookmarked and reloaded: it shows the result again", async () => {
    const path = "/en/sjekk/?legalBasis=integreringsloven&programme.end=%3F&settled=2026-10-01&view=result";
    const first = await get(path);
    const again = await get(path);
    expect(first.text).toContain("What you are entitled to");
    expect(first.text).toContain("In short");
    expect(again.text).toBe(first.text);
  });

  it("the language switcher's links carry the answers, so the same page opens in another language", async () => {
    const { text } = await get("/sjekk/?legalBasis=integreringsloven&programme.end=%3F&settled=2026-10-01&view=result");
    expect(text).toContain('href="/en/sjekk/?legalBasis=integreringsloven&programme.end=%3F&settled=2026-10-01&view=result"');
    const en = await get("/en/sjekk/?legalBasis=integreringsloven&programme.end=%3F&settled=2026-10-01&view=result");
    expect(en.text).toContain("What you are entitled to");
  });

  it("an address that does not fit (an unknown question or legal basis, a result without a person) shows where the answers lead", async () => {
    expect((await get("/sjekk/?legalBasis=introduksjonsloven&q=nope")).text).toContain("Startdato for introduksjonsprogrammet");
    expect((await get("/sjekk/?legalBasis=nope")).text).toContain("Hvilket regelverk gjelder for deg?");
    expect((await get("/sjekk/?legalBasis=%3F&protection=%3F&settledBefore=%3F&view=result")).text).toContain("Vi kan ikke se hvilket regelverk som gjelder for deg");
  });
});

describe("a state and its address", () => {
  const asOf = todayInOslo();
  it.each<[string, State]>([
    ["the first question", { answers: {}, view: { kind: "question", question: "legalBasis" } }],
    ["a question with an error and the text typed", { answers: { legalBasis: "introduksjonsloven" }, view: { kind: "question", question: "programme.start", value: "30.02.2021", error: "impossible-date" } }],
    ["the permit asked as yes/no", { answers: { legalBasis: "collective-protection" }, view: { kind: "question", question: "permitGranted", mode: "window", value: "yes" } }],
    ["check your answers", { answers: { legalBasis: "integreringsloven", "programme.end": "?", settled: "2026-10-01" }, view: { kind: "check" } }],
    ["the result", { answers: { legalBasis: "integreringsloven", "programme.end": "?", settled: "2026-10-01" }, view: { kind: "result" } }],
  ])("%s reads back as itself", (_, state) => {
    expect(stateFrom(stateParams(state), asOf)).toEqual(state);
    expect(stateFrom(`#${stateParams(state)}`, asOf)).toEqual(state);
  });
});
