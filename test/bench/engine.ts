import fc from "fast-check";
import { evaluate } from "../../functions/core/rules";
import { person } from "../rules/arbitraries";

/**
 * Engine throughput over generated persons (seeded, so every run sees the same people): five timed
 * rounds after a warm-up; the median is the figure, the best and worst show the noise.
 */
export function benchEngine(count = 100_000, asOf = "2026-11-22", rounds = 5) {
  const persons = fc.sample(person, { numRuns: count, seed: 20261122 });
  for (const p of persons.slice(0, 20_000)) evaluate(p, asOf); // warm the JIT
  const timings: number[] = [];
  let determinations = 0;
  for (let round = 0; round < rounds; round++) {
    determinations = 0;
    const started = performance.now();
    for (const p of persons) determinations += evaluate(p, asOf).length;
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(rounds / 2)] ?? 0;
  const micros = (ms: number) => Number(((ms * 1000) / count).toFixed(2));
  return {
    persons: count,
    determinations,
    medianMs: Math.round(median),
    perSecond: Math.round(count / (median / 1000)),
    "µs/person (median)": micros(median),
    "µs/person (best)": micros(timings[0] ?? 0),
    "µs/person (worst)": micros(timings[rounds - 1] ?? 0),
  };
}
