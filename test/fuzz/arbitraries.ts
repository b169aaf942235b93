import fc from "fast-check";
import { expect } from "vitest";

/** What the fuzz tests throw at the API: odd strings and values, content types, methods. */
export const weirdString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("2021-02-30", "2021-13-01", "0000-00-00", "9999-12-31", "\u0000", "\uD800", "😀".repeat(50), "' OR 1=1 --", "<script>", "NaN", "-0", "1e309"),
);
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  weirdString,
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, null, true, false),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
export const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "text/csv", "application/xml", "", "multipart/form-data; boundary=x");
export const method = fc.constantFrom("POST", "POST", "POST", "GET", "PUT", "DELETE", "PATCH");

/** The property every response must keep: no 5xx, and every error a problem+json with a title. */
export async function expectNo5xx(res: Response) {
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get("Content-Type")).toMatch(/application\/problem\+json/);
    const problem = (await res.json()) as { title?: string; detail?: string; errors?: unknown[] };
    expect(problem.title).toBeTruthy();
  } else {
    await res.arrayBuffer();
  }
}

/** Percent-encodes a segment; a lone surrogate cannot be encoded, so it goes as malformed escapes. */
export function pathSegment(id: string): string {
  try {
    return encodeURIComponent(id);
  } catch {
    return "%ED%A0%80%E0%A4%A";
  }
}

/** The header, if the value is one a client could send at all; otherwise no header. */
export function validHeader(name: string, value: string): Record<string, string> {
  try {
    new Headers({ [name]: value });
    return { [name]: value };
  } catch {
    return {};
  }
}
