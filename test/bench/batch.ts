import { parseRows } from "../../functions/core/batch/rows";
import { evaluateRows, summarise } from "../../functions/core/batch/summary";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
 * The same kind of list in Chromium (Debian's, never downloaded), 20,000 rows: the real page hands the
 * file to its Web Worker, which parses, evaluates and sums it, and reports its own time (file chosen →
 * results drawn) in data-ms. Meanwhile a PerformanceObserver for long tasks (≥ 50 ms, Chromium's Long
 * Tasks API) records every main-thread task; the longest one says whether the page could have
 * frozen (issue #17: none ≥ 200 ms). Median time of five uploads; the longest task over all five.
 */
export async function benchBatchInChromium(base: string, rows = 20_000) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  // Chosen from disk, as a caseworker does: a file given as a buffer is built inside the page by
  // Playwright, a second-long main-thread task that is the harness's, not the page's.
  const dir = mkdtempSync(join(tmpdir(), "rettsjekk-bench-"));
  const file = join(dir, "deltakere.csv");
  writeFileSync(file, participantList(rows));
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const tasks: number[] = [];
      Object.assign(window, { benchLongTasks: tasks });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: "longtask", buffered: true });
    });
    const timings: number[] = [];
    let longest = 0;
    let over200 = 0;
    for (let round = 0; round < 6; round++) {
      await page.goto(`${base}/deltakere/`);
      // Only the tasks from the file on: the page's own load is not the list's work.
      await page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks.splice(0));
      await page.locator("input[type=file]").setInputFiles(file);
      await page.locator("[data-batch][data-ms]").waitFor({ state: "attached", timeout: 120_000 });
      const tasks = await page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks);
      if (round === 0) continue;
      timings.push(Number(await page.locator("[data-batch]").getAttribute("data-ms")));
      longest = Math.max(longest, ...tasks);
      over200 += tasks.filter((d) => d >= 200).length;
    }
    timings.sort((a, b) => a - b);
    const median = timings[2] ?? 0;
    return { rows, medianMs: median, rowsPerSecond: Math.round(rows / (median / 1000)), longestMainThreadTaskMs: Math.round(longest), tasksOver200ms: over200 };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
