import { parseRows } from "../../functions/core/batch/rows";
import { evaluateRows, summarise } from "../../functions/core/batch/summary";
import Papa from "papaparse";
import { participantList } from "../tools/participantList";

/** Participant-list throughput in Node: parse (papaparse) + map + evaluate + summarise, median of five. */
export function benchBatch(rows = 10_000) {
  const csv = participantList(rows).replace(/^\uFEFF/, "");
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

/**
 * The same list in Chromium (Debian's, never downloaded): the real page reads the file, evaluates it in
 * chunks and reports its own time (parse + evaluate + summarise) in data-ms. Median of five uploads.
 */
export async function benchBatchInChromium(base: string, rows = 10_000) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  try {
    const page = await browser.newPage();
    const file = { name: "deltakere.csv", mimeType: "text/csv", buffer: Buffer.from(participantList(rows)) };
    const timings: number[] = [];
    for (let round = 0; round < 6; round++) {
      await page.goto(`${base}/deltakere/`);
      await page.locator("input[type=file]").setInputFiles(file);
      await page.locator("[data-batch][data-ms]").waitFor({ state: "attached", timeout: 60_000 });
      if (round > 0) timings.push(Number(await page.locator("[data-batch]").getAttribute("data-ms")));
    }
    timings.sort((a, b) => a - b);
    const median = timings[2] ?? 0;
    return { rows, medianMs: median, rowsPerSecond: Math.round(rows / (median / 1000)) };
  } finally {
    await browser.close();
  }
}
