import { evaluate, type IsoDate, type Person } from "../../../functions/core/rules";

/**
 * The golden determinations' file format, shared by generate.ts (writes it) and golden.test.ts (checks
 * it). One JSON object per line, so a regenerated fixture diffs case by case:
 *   line 1: { rulesVersion, seed, cases }
 *   then:   { asOf, person, digest }
 * The full determinations of ~2,000 cases are ~25 MB of JSON (every one carries its reasons, sources and
 * validity), too much to commit; each case keeps a digest of their exact JSON text instead, so any change
 * in any byte (a status, a reason, a nearest miss, a note, a warning, a deadline, a figure, even the
 * order of a key) fails the test. `generate.ts --dump <file>` writes the full text to compare two engines.
 */
export interface GoldenHeader {
  rulesVersion: string;
  seed: number;
  cases: number;
}

export interface GoldenLine {
  asOf: IsoDate;
  person: Person;
  digest: string;
}

/** The exact text the engine's answer is held to. */
export const answerText = (person: Person, asOf: IsoDate): string => JSON.stringify(evaluate(person, asOf));

/**
 * The first 128 bits of SHA-256, in hex: enough that no change goes unseen by chance (this detects
 * change, it guards nothing). Web Crypto, so the same code runs in Node and in workerd.
 */
export async function digest(text: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let hex = "";
  for (const byte of hash.subarray(0, 16)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

export function parseFixture(text: string): { header: GoldenHeader; lines: GoldenLine[] } {
  const [first, ...rest] = text.trimEnd().split("\n");
  if (first === undefined) throw new Error("the golden fixture is empty");
  return { header: JSON.parse(first) as GoldenHeader, lines: rest.map((l) => JSON.parse(l) as GoldenLine) };
}
