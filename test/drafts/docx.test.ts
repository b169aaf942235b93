import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { draftFor } from "../../functions/core/drafts/build";
import type { Draft } from "../../functions/core/drafts/model";
import { evaluate, PersonSchema } from "../../functions/core/rules";
import { draftDocx } from "../../functions/decisions/docx";
import { draftDocument } from "../../site/scripts/caseworker/docx";
import { call } from "../intake/helpers";
import { docxParagraphs } from "./docxText";

const person = PersonSchema.parse({ legalBasis: "introduksjonsloven", programme: { start: "2019-08-15", end: "2021-12-31" } });
const asOf = "2026-11-22";
const draft = draftFor({ determination: evaluate(person, asOf).find((d) => d.rule === "IP3-PROG")!, person, asOf, lang: "nn", details: { name: "Ola & <Kari>" } }) as Draft;

describe("the two .docx writers", () => {
  it("write the same paragraphs and mark the same fields (the API's and the browser's)", async () => {
    const worker = docxParagraphs(draftDocx(draft));
    const browser = docxParagraphs(new Uint8Array(await Packer.toArrayBuffer(draftDocument(draft))));
    expect(worker.text).toEqual(browser.text);
    expect(worker.highlighted).toEqual(browser.highlighted);
    expect(worker.text).toContain("Vedtak om utvida programtid i introduksjonsprogrammet");
    expect(worker.text.join("\n")).toContain("Til: Ola & <Kari>");
    expect(worker.highlighted).toContain("[Skriv vurderinga til kommunen]");
  });
});

describe("POST /api/v1/decisions/draft", () => {
  const post = (body: object) => call("/api/v1/decisions/draft", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

  it("answers a .docx with placeholders, the receipt in a header, nothing personal in the file name", async () => {
    const res = await post({ request: { asOf, person }, rule: "IP3-PROG", lang: "nb", format: "docx" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="vedtaksutkast-IP3-PROG-2026-11-22.docx"');
    expect(res.headers.get("Rettsjekk-Receipt")).toMatch(/^rk1:/);
    const { text, highlighted } = docxParagraphs(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("Vedtak om utvidet programtid i introduksjonsprogrammet");
    expect(highlighted).toEqual(expect.arrayContaining(["[Navn]", "[Fødselsdato]", "[Adresse]", "[Saksnummer]", "[Kommune]"]));
    expect(text).toContain(res.headers.get("Rettsjekk-Receipt"));
  });

  it("answers the same draft as an HTML page", async () => {
    const res = await post({ request: { asOf, person }, rule: "IP3-PROG", lang: "nn", format: "html" });
    const page = await res.text();
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(page).toMatch(/^<!doctype html><html lang="nn">/);
    expect(page).toContain("Heimel");
    expect(page).toContain('<mark class="draft-fill">[Namn]</mark>');
  });

  it.each([
    ["a rule the municipality decides nothing under", { request: { asOf, person: { legalBasis: "collective-protection", permitGranted: "2023-01-10" } }, rule: "UA-CONTRACT", lang: "nb", format: "html" }, /plikt, informasjon/],
    ["a rule of another legal basis", { request: { asOf, person }, rule: "UA-NOR", lang: "nb", format: "html" }, /lovgrunnlaget/],
    ["a determination that is still missing information", { request: { asOf, person: { legalBasis: "introduksjonsloven" } }, rule: "IP3-PROG", lang: "nb", format: "docx" }, /missing/],
  ])("refuses %s with a 422 that says why", async (_, body, why) => {
    const res = await post(body);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: string }).detail).toMatch(why);
  });
});
