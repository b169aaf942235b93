import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

/**
 * Dates that cannot be true (issue 10, item 5): a permit or settlement after the assessment date is not a
 * fact yet, and a year outside 1900–2100 is a typing error. Both are a 400 with a field message, on the
 * single endpoint and the batch endpoint alike, so no computed deadline is ever "10000-03-31".
 */
const BASE = "https://rettsjekk.test/api/v1/eligibility";
const post = (path: string, body: unknown, type = "application/json", lang = "nb") =>
  exports.default.fetch(new Request(`${BASE}${path}`, { method: "POST", headers: { "Content-Type": type, "Accept-Language": lang }, body: typeof body === "string" ? body : JSON.stringify(body) }));

type Problem = { status: number; errors?: Array<{ field: string; code: string; message: string }> };
const errorsOf = async (res: Response) => ((await res.json()) as Problem).errors ?? [];

describe("a permit or settlement date after the assessment date", () => {
  it.each([
    // the day before, on, and after the assessment date
    ["permitGranted", "2026-11-21", 200],
    ["permitGranted", "2026-11-22", 200],
    ["permitGranted", "2026-11-23", 400],
    ["settled", "2026-11-21", 200],
    ["settled", "2026-11-22", 200],
    ["settled", "2026-11-23", 400],
  ] as const)("%s %s on 2026-11-22 → %i", async (field, date, status) => {
    const res = await post("", { asOf: "2026-11-22", person: { legalBasis: "collective-protection", [field]: date } });
    expect(res.status).toBe(status);
    if (status === 400) {
      expect(await errorsOf(res)).toEqual([{ field: `person.${field}`, code: "after-assessment-date", message: expect.stringContaining("vurderingsdatoen") }]);
    }
  });

  it("compares with today in Norway when no assessment date is given", async () => {
    const res = await post("", { person: { legalBasis: "integreringsloven", settled: "2099-01-01" } }, "application/json", "en");
    expect(res.status).toBe(400);
    expect(await errorsOf(res)).toEqual([{ field: "person.settled", code: "after-assessment-date", message: expect.stringContaining("after the assessment date") }]);
  });

  it("a planned programme or training end after the assessment date is fine (it may be planned)", async () => {
    const res = await post("", { asOf: "2026-11-22", person: { legalBasis: "introduksjonsloven", programme: { start: "2026-01-01", end: "2028-01-01" }, norwegianTraining: { end: "2027-06-30" } } });
    expect(res.status).toBe(200);
  });
});

describe("years outside 1900–2100", () => {
  it.each([
    ["1899-12-31", 400],
    ["1900-01-01", 200],
    ["2100-12-31", 200],
    ["2101-01-01", 400],
    ["9999-12-31", 400],
  ] as const)("a programme start %s → %i", async (start, status) => {
    const res = await post("", { asOf: "2026-11-22", person: { legalBasis: "introduksjonsloven", programme: { start } } });
    expect(res.status).toBe(status);
    if (status === 400) expect(await errorsOf(res)).toEqual([{ field: "person.programme.start", code: "date-out-of-range", message: "Året må være mellom 1900 og 2100." }]);
  });

  it("an assessment date in year 9999 is refused, so no deadline lands in year 10000", async () => {
    const res = await post("", { asOf: "9999-12-31", person: { legalBasis: "integreringsloven", settled: "9999-12-31" } });
    expect(res.status).toBe(400);
    expect((await errorsOf(res)).map((e) => e.field)).toEqual(expect.arrayContaining(["asOf", "person.settled"]));
  });
});

describe("the batch endpoint validates asOf like the single endpoint", () => {
  it.each(["2026-13-45", "2026-02-30", "22.11.2026", "9999-01-01", ""])("?asOf=%s → 400 with a field message on asOf", async (asOf) => {
    const single = await post("", { asOf, person: { legalBasis: "integreringsloven" } });
    const batch = await post(`/batch?asOf=${encodeURIComponent(asOf)}`, [{ legalBasis: "integreringsloven" }]);
    expect(single.status).toBe(400);
    expect(batch.status).toBe(400);
    expect(batch.headers.get("Content-Type")).toBe("application/problem+json");
    const [a, b] = [await errorsOf(single), await errorsOf(batch)];
    expect(b.map(({ field, code }) => ({ field, code }))).toEqual(a.map(({ field, code }) => ({ field, code })));
    expect(b[0]?.message).toBe(a[0]?.message);
  });

  it("a row whose settlement or permit is after the assessment date is a row error naming the column; the others are assessed", async () => {
    const csv = "lovgrunnlag;bosatt;tillatelse\nintegreringsloven;01.12.2026;\nkollektiv beskyttelse;;23.11.2026\nintegreringsloven;22.11.2026;";
    const res = await post("/batch?asOf=2026-11-22", csv, "text/csv");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: Array<{ row: number }>; errors: Array<{ row: number; code: string }> };
    expect(body.errors.map(({ row, code }) => ({ row, code }))).toEqual([
      { row: 2, code: "after-assessment-date" },
      { row: 3, code: "after-assessment-date" },
    ]);
    expect(body.rows.map((r) => r.row)).toEqual([4]);
  });

  it("a JSON person whose permit is after the assessment date is a row error on that field", async () => {
    const res = await post("/batch?asOf=2026-11-22", [{ legalBasis: "collective-protection", permitGranted: "2027-01-01" }, { legalBasis: "integreringsloven" }]);
    const body = (await res.json()) as { rows: Array<{ row: number }>; errors: unknown[] };
    expect(body.errors).toEqual([{ row: 1, column: "permitGranted", code: "after-assessment-date" }]);
    expect(body.rows.map((r) => r.row)).toEqual([2]);
  });
});
