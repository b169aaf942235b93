/**
 * Canonical JSON for hashing: object keys sorted by UTF-16 code units, no whitespace, `undefined`
 * members left out (as JSON.stringify does). For the values Rettsjekk hashes — strings, integers,
 * booleans, null, arrays and plain objects — this is RFC 8785 (JCS), so anyone can recompute a
 * receipt's hashes with any JCS library and `sha256sum`. Written here because the core imports only
 * itself and zod; the function is a few lines and the test holds it to RFC 8785's examples.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError("canonicalJson: not a finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const members = Object.keys(value)
    .sort()
    .flatMap((key) => {
      const v = (value as Record<string, unknown>)[key];
      return v === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(v)}`];
    });
  return `{${members.join(",")}}`;
}
