/**
 * A participant list as a caseworker's spreadsheet would export it (semicolons, dd.mm.yyyy and ISO
 * dates, Norwegian headers, a BOM): mostly good rows, every 50th with an impossible date and every
 * 97th with an unknown legal basis. Shared by the benchmarks and the browser tests.
 */
export function participantList(rows = 10_000): string {
  const lines = ["referanse;lovgrunnlag;programstart;programslutt;rett og plikt norsk;norsk slutt;alder"];
  for (let i = 1; i <= rows; i++) {
    const start = i % 3 === 0 ? "15.08.2019" : i % 3 === 1 ? "01.03.2019" : "2018-06-01";
    const basis = i % 97 === 0 ? "asyl" : "introduksjonsloven";
    const date = i % 50 === 0 ? "30.02.2019" : start;
    lines.push(`R-${i};${basis};${date};31.12.2021;ja;01.10.2021;${20 + (i % 40)}`);
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** How many rows of `participantList(rows)` are bad. */
export const badRows = (rows = 10_000) => Array.from({ length: rows }, (_, k) => k + 1).filter((i) => i % 50 === 0 || i % 97 === 0).length;
