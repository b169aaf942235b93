import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const get = async (path: string) => {
  const res = await exports.default.fetch(new Request(`https://rettsjekk.test${path}`));
  return { status: res.status, text: await res.text() };
};

describe("grant calculators (no JavaScript needed)", () => {
  it("integration reception: places × months × the rate from the catalog", async () => {
    const { status, text } = await get("/verktoy/?places=30&months=3");
    expect(status).toBe(200);
    expect(text).toContain("180\u00a0270\u00a0kr");
    expect(text).toContain("samarbeidsavtale mellom kommunen og asylmottaket");
  });

  it("the 2023 development call shows its deadline as passed", async () => {
    expect((await get("/en/verktoy/")).text).toContain("The deadline has passed");
  });

  it.each([
    ["3024", "3201 Bærum", "1\u00a0505\u00a0271\u00a0kr"],
    ["3201", "3201 Bærum", "1\u00a0505\u00a0271\u00a0kr"],
    ["bærum", "3201 Bærum", "1\u00a0505\u00a0271\u00a0kr"],
    ["haram", "1580 Haram", "1\u00a0042\u00a0674\u00a0kr"],
  ])("finds the vaccination grant by %s", async (q, name, amount) => {
    const { text } = await get(`/verktoy/?q=${encodeURIComponent(q)}`);
    expect(text).toContain(name);
    expect(text).toContain(amount);
  });

  it("ignores nonsense input instead of failing", async () => {
    expect((await get("/verktoy/?places=-1&months=abc&q=%3Cscript%3E")).status).toBe(200);
  });
});
