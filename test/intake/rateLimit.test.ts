import { describe, expect, it } from "vitest";
import { call } from "./helpers";

// Own file: the rate-limit counters live for a whole test file.
describe("rate limits", () => {
  it("answers 429 with Retry-After when a client tries too many links", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) statuses.push((await call(`/rapport/lenke/unknown-token-${i}-aaaaaaaaaaaaaaaa`)).status);
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    const limited = await call("/rapport/lenke/unknown-token-x-aaaaaaaaaaaaaaaaa");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("60");
  });
});
