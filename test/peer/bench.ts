import { median, perItem, timed } from "../bench/clock";
import { differences, ourEvaluate, peerEngine, peerEvaluate, samplePeople } from "./parity";

/**
 * Both engines on the same people in the same run (goal: Rettsjekk ≥ 100× Publicodes, 0 differences).
 * Medians of several passes, by CPU time (steadier on a shared machine) and wall clock; the ratio is the
 * figure that matters, since load slows both alike. Differences are counted the parity test's way.
 */
export function benchPeer(n = 10_000) {
  const people = samplePeople(n);
  const engine = peerEngine();
  const passes = (count: number, work: () => void) => Array.from({ length: count }, () => timed(work));
  passes(1, () => people.forEach((p) => ourEvaluate(p))); // warm the JIT
  // One pass of ours is tens of milliseconds, one of Publicodes several seconds: more passes of ours.
  const ours = passes(11, () => people.forEach((p) => ourEvaluate(p)));
  const peer = passes(3, () => people.forEach((p) => peerEvaluate(engine, p)));
  const cpu = (ts: typeof ours) => median(ts.map((t) => t.cpuMs));
  const wall = (ts: typeof ours) => median(ts.map((t) => t.wallMs));
  return {
    people: n,
    "Rettsjekk µs/person CPU": perItem(cpu(ours), n),
    "Publicodes µs/person CPU": perItem(cpu(peer), n),
    "ratio CPU": Math.round(cpu(peer) / cpu(ours)),
    "ratio wall": Math.round(wall(peer) / wall(ours)),
    differences: differences(people).length,
  };
}

if (process.argv[1]?.endsWith("bench.ts")) console.table([benchPeer()]);
