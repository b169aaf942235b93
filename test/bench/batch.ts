import { parseRows } from "../../functions/batch/rows";
import { evaluateRows, summarise } from "../../functions/batch/summary";
import Papa from "papaparse";

/** Participant-list throughput in Node: parse (papaparse) + map + evaluate + summarise, median of five. */
export function benchBatch(rows = 10_000) {
  const lines = ["referanse;lovgrunnlag;programstart;programslutt;rett og plikt norsk;norsk slutt;alder"];
  for (let i = 1; i <= rows; i++) lines.push(`R-${i};introduksjonsloven;${i % 50 === 0 ? "30.02.2019" : "15.08.2019"};31.12.2021;ja;01.10.2021;${20 + (i % 40)}`);
  const csv = lines.join("\n");
  const timings: number[] = [];
  for (let round = 0; round < 6; round++) {
    const started = performance.now();
    const parsed = parseRows(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data);
    summarise(evaluateRows(parsed, "2026-11-22"));
    if (round > 0) timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const median = timings[2] ?? 0;
  return { rows, medianMs: Math.round(median), rowsPerSecond: Math.round(rows / (median / 1000)) };
}
