import os from "node:os";
import { benchPeer } from "../peer/bench";
import { benchBatch, benchBatchInChromium } from "./batch";
import { benchEngine } from "./engine";
import { ensureBuild, startServer } from "../tools/wranglerDev";
import { load } from "./http";

/**
 * `npm run bench`: engine, participant list and peer engine in Node; then, against `wrangler dev` on
 * loopback, the participant list in Chromium and the API.
 * Figures, never assertions: compare ratios, since the local proxy is the ceiling.
 */
// The load average goes with the figures: on a shared machine it says how far to trust the wall clock.
const machine = `${os.cpus().length}× ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`;
console.log(`Rettsjekk bench — ${new Date().toISOString()} — ${machine}\n`);

const engine = benchEngine();
console.log("Engine (evaluate, all rules of the person's legal basis; `npx tsx test/bench/instructions.ts` for instructions per person)");
console.table([engine]);
console.log("\nParticipant list in Node (parse + evaluate + summarise, 10,000 rows, 2 % of them bad)");
console.table([benchBatch()]);
console.log("\nAgainst a peer engine: the same rules in Publicodes, the same 10,000 people, in this run (parity is tested in npm test)");
console.table([benchPeer()]);

if (!process.argv.includes("--engine-only")) {
  ensureBuild();
  const server = await startServer(8799);
  try {
    console.log("\nParticipant list in Chromium (the real page and its Web Worker, 20,000 rows; nothing leaves the browser; long tasks on the main thread by PerformanceObserver, goal: none ≥ 200 ms)");
    console.table([await benchBatchInChromium(server.base)]);

    const body = JSON.stringify({
      asOf: "2026-11-22",
      person: { legalBasis: "introduksjonsloven", programme: { start: "2019-08-15", end: "2021-12-31" }, norwegianTraining: { rightAndDuty: true, end: "2021-10-01" } },
    });
    const health = await load("GET /api/health", { url: `${server.base}/api/health` });
    const eligibility = await load("POST /api/v1/eligibility", {
      url: `${server.base}/api/v1/eligibility`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    console.log("\nAPI on wrangler dev (20 connections, 10 s each)");
    console.table([health, eligibility]);
    const ratio = eligibility.requestsPerSecond / Math.max(1, health.requestsPerSecond);
    console.log(`eligibility / health throughput: ${(ratio * 100).toFixed(1)} % (goal ≥ 80 %)`);
  } finally {
    await server.stop();
  }
}
