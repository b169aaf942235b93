import { describe, expect, it } from "vitest";
import { publicOrigin } from "../../functions/http/publicOrigin";
import { ADMIN, callWith, createRound } from "./helpers";

/** Issue 12 item 7: a link's origin is configured, never read from the request's Host. */
describe("report links start with the configured public origin, whatever host the request came to", () => {
  const post = (roundId: string, host: string, origin?: string) =>
    callWith(origin ? { PUBLIC_ORIGIN: origin } : {}, `/api/v1/admin/rounds/${roundId}/links`, {
      method: "POST",
      headers: { ...ADMIN, "Content-Type": "application/json", Host: host },
      body: "{}",
    });

  it("the API's links use PUBLIC_ORIGIN, not the preview host the request reached", async () => {
    const roundId = await createRound();
    const res = await post(roundId, "rettsjekk-preview.workers.dev", "https://rettsjekk.imdi.no");
    const { links } = (await res.json()) as { links: Array<{ url: string }> };
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.url).toMatch(/^https:\/\/rettsjekk\.imdi\.no\/rapport\/lenke\/[\w-]{43}$/);
  });

  it("without a value, links use the local origin (wrangler.toml's default)", async () => {
    const roundId = await createRound();
    const { links } = (await (await post(roundId, "evil.example")).json()) as { links: Array<{ url: string }> };
    for (const l of links) expect(new URL(l.url).origin).toBe("http://localhost:8787");
  });

  it("the admin page's links too", async () => {
    const roundId = await createRound();
    const made = await callWith({ PUBLIC_ORIGIN: "https://rettsjekk.imdi.no" }, `/admin/runder/${roundId}/lenker`, {
      method: "POST",
      headers: { ...ADMIN, Origin: "https://rettsjekk.test", "Content-Type": "application/x-www-form-urlencoded" },
      body: "bekreftet=ja",
    });
    // Post/redirect/get: the links are shown on the page the post redirects to (pages/links.ts).
    const cookie = made.headers.get("Set-Cookie")!.split(";")[0]!;
    const page = await (await callWith({ PUBLIC_ORIGIN: "https://rettsjekk.imdi.no" }, made.headers.get("Location")!, { headers: { ...ADMIN, Cookie: cookie } })).text();
    expect(page).toContain("https://rettsjekk.imdi.no/rapport/lenke/");
    expect(page).not.toContain("https://rettsjekk.test/rapport/lenke/");
  });

  it("a production Worker without a public origin refuses rather than mail localhost links", () => {
    expect(publicOrigin({ PUBLIC_ORIGIN: "https://rettsjekk.imdi.no/some/path", ENVIRONMENT: "production" })).toBe("https://rettsjekk.imdi.no");
    expect(() => publicOrigin({ ENVIRONMENT: "production" })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => publicOrigin({ PUBLIC_ORIGIN: "http://localhost:8787", ENVIRONMENT: "production" })).toThrow(/PUBLIC_ORIGIN/);
  });
});
