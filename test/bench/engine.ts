import fc from "fast-check";
import { evaluate } from "../../functions/core/rules";
import { person } from "../rules/arbitraries";
import { median, perItem, timed } from "./clock";

/**
 * Engine throughput over generated persons (seeded, so every run sees the same people): five timed
 * rounds after a warm-up; the medians are the figures, the CPU time's best and worst show the noise.
 */
export function benchEngine(count = 100_000, asOf = "2026-11-22", rounds = 5) {
  const persons = fc.sample(person, { numRuns: count, seed: 20261122 });
  for (const p of persons.slice(0, 20_000)) evaluate(p, asOf); // warm the JIT
  let determinations = 0;
  const timings = Array.from({ length: rounds }, () =>
    timed(() => {
      determinations = 0;
      for (const p of persons) determinations += evaluate(p, asOf).length;
    }),
  );
  const cpu = timings.map((t) => t.cpuMs);
  return {
    persons: count,
    determinations,
    "µs/person CPU (median)": perItem(median(cpu), count),
    "µs/person wall (median)": perItem(median(timings.map((t) => t.wallMs)), count),
    "CPU best": perItem(Math.min(...cpu), count),
    "CPU worst": perItem(Math.max(...cpu), count),
    perSecond: Math.round(count / (median(cpu) / 1000)),
  };
}
