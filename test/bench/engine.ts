import fc from "fast-check";
import { evaluate } from "../../functions/rules";
import { person } from "../rules/arbitraries";

/** Engine throughput over generated persons: evaluations per second and µs per person. */
export function benchEngine(count = 100_000, asOf = "2026-11-22") {
  const persons = fc.sample(person, { numRuns: count, seed: 20261122 });
  for (const p of persons.slice(0, 5_000)) evaluate(p, asOf); // warm the JIT
  let determinations = 0;
  const started = performance.now();
  for (const p of persons) determinations += evaluate(p, asOf).length;
  const ms = performance.now() - started;
  return {
    persons: count,
    determinations,
    ms: Math.round(ms),
    perSecond: Math.round(count / (ms / 1000)),
    microsPerPerson: Number(((ms * 1000) / count).toFixed(2)),
  };
}
