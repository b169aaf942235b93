import { ourEvaluate, peerEngine, peerEvaluate, samplePeople } from "./parity";

/** Throughput of both engines on the same people, and the ratio (goal: Rettsjekk ≥ 50× Publicodes). */
export function benchPeer(n = 10_000) {
  const people = samplePeople(n);
  const engine = peerEngine();
  const time = (f: () => void) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  // Best of several passes for both: one pass of ours is ~50 ms, short enough for a GC pause to double it.
  const best = (passes: number, f: () => void) => Math.min(...Array.from({ length: passes }, () => time(f)));
  const oursMs = best(10, () => people.forEach((p) => ourEvaluate(p)));
  const peerMs = best(2, () => people.forEach((p) => peerEvaluate(engine, p)));
  return {
    people: n,
    "Rettsjekk µs/person": Number(((oursMs * 1000) / n).toFixed(2)),
    "Publicodes µs/person": Number(((peerMs * 1000) / n).toFixed(2)),
    ratio: Math.round(peerMs / oursMs),
  };
}

if (process.argv[1]?.endsWith("bench.ts")) console.table([benchPeer()]);
