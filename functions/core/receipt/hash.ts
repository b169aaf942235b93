/**
 * SHA-256 through Web Crypto (`crypto.subtle`), which the Worker, the browser and Node all have: a
 * standard digest anyone can recompute (`sha256sum`), and no hashing code of our own. It is
 * asynchronous, so the receipt is made beside the answer and handed to whatever renders it. Browsers
 * offer it in secure contexts only (https, localhost): elsewhere `available()` is false and pages
 * leave the receipt out rather than fail.
 */

/** Hex digits kept of each digest: 128 bits, short enough to print and read back, ample against collisions. */
export const HASH_HEX_LENGTH = 32;

export function hashingAvailable(): boolean {
  return typeof crypto !== "undefined" && typeof crypto.subtle?.digest === "function";
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The receipt's form of a digest: the first 128 bits of SHA-256 over the canonical JSON, in hex. */
export async function shortHash(text: string): Promise<string> {
  return (await sha256Hex(text)).slice(0, HASH_HEX_LENGTH);
}
