import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../functions/app";
import { BASE, call, createRound, issueLinks, openLink } from "../intake/helpers";

/**
 * Issue 12, items 6 and 12: the Worker-rendered pages take the API's body limit (64 KB), and an oversized
 * body gets 413 whether it declares its length or comes chunked. Before: `/sjekk/` read a 30 MB form and
 * `/rapport/sjekk` echoed a 10 MB field back as a 10 MB page. The behaviour under `wrangler dev` (where a
 * chunked body used to end in a 500) is tested in test/e2e/security/bodyLimit.spec.ts.
 */
const FORM = { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE };
const MB = 1024 * 1024;

/** A body with no Content-Length: a stream of 64 KB chunks, `size` bytes in all. */
function chunked(size: number, byte = "a"): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(byte.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
      sent += part.length;
      controller.enqueue(part);
    },
  });
}

describe("Worker-rendered pages: the same body limit as the API", () => {
  it("a 2 MB form to the checker → 413 page (it was read and answered)", async () => {
    const res = await call("/sjekk/", { method: "POST", headers: FORM, body: `step=start&pad=${"x".repeat(2 * MB)}` });
    expect(res.status).toBe(413);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("Skjemaet er for stort");
  });

  it("a 10 MB field to the report's check step → 413, not a 10 MB page echoing it", async () => {
    const cookie = await openLink((await issueLinks(await createRound()))["0301"]!);
    const res = await call("/rapport/sjekk", { method: "POST", headers: { ...FORM, Cookie: cookie }, body: `ip3-programme.count=${"9".repeat(10 * MB)}&expectedVersion=0` });
    expect(res.status).toBe(413);
    expect((await res.text()).length).toBeLessThan(100_000);
  });

  it("a chunked 2 MB body (no Content-Length) → 413 on a page and on the API", async () => {
    const page = await call("/sjekk/", { method: "POST", headers: FORM, body: chunked(2 * MB), duplex: "half" } as RequestInit);
    expect(page.status).toBe(413);
    const api = await call("/api/v1/eligibility", { method: "POST", headers: { "Content-Type": "application/json" }, body: chunked(2 * MB), duplex: "half" } as RequestInit);
    expect(api.status).toBe(413);
    expect(((await api.json()) as { detail: string }).detail).toBe(`Innholdet i forespørselen kan være høyst ${MAX_BODY_BYTES / 1024} KB.`);
  });

  it("a chunked body within the limit reaches the handler whole", async () => {
    const json = JSON.stringify({ asOf: "2026-11-22", person: { legalBasis: "introduksjonsloven", programme: { start: "2019-08-15", end: "2021-12-31" } } });
    const bytes = new TextEncoder().encode(json);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.subarray(i, i + 7));
        controller.close();
      },
    });
    const res = await call("/api/v1/eligibility", { method: "POST", headers: { "Content-Type": "application/json" }, body, duplex: "half" } as RequestInit);
    expect(res.status).toBe(200);
  });

  it("a form within the limit still works (the check step, no session: the 404 page)", async () => {
    const res = await call("/rapport/sjekk", { method: "POST", headers: FORM, body: `pad=${"x".repeat(MAX_BODY_BYTES - 10)}` });
    expect(res.status).toBe(404);
  });
});
