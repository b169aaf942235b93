/**
 * Readable case tables (OpenFisca-style) for rule tests:
 *
 *   cases`
 *     start      | end        | IP2-PROG
 *     2018-12-31 | —          | not-entitled
 *   `
 *
 * Columns are separated by `|`; `—` or an empty cell means "not given". Lines starting with `#` are
 * comments, so a table can say why a row is there.
 */
export type Row = Record<string, string | undefined>;

export function cases(strings: TemplateStringsArray, ...values: unknown[]): Row[] {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ""), "");
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  const [header, ...rows] = lines;
  if (!header) throw new Error("case table has no header");
  const names = header.split("|").map((c) => c.trim());
  return rows.map((line) => {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length !== names.length) throw new Error(`case table row has ${cells.length} cells, header ${names.length}: ${line}`);
    return Object.fromEntries(names.map((n, i) => [n, cells[i] === "" || cells[i] === "—" ? undefined : cells[i]]));
  });
}

export const bool = (v: string | undefined) => (v === undefined ? undefined : v === "yes");
export const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
