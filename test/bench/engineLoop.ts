import fc from "fast-check";
import { evaluate, type Person } from "../../functions/core/rules";
import { person } from "../rules/arbitraries";

/**
 * The engine alone, for a profiler: `node --import tsx test/bench/engineLoop.ts <people> <warm-up rounds>
 * <rounds>` evaluates the bench's people (the same seed as engine.ts) and prints the time per person.
 * `node --cpu-prof` on it shows where the time goes; instructions.ts runs it under callgrind.
 */
export const BENCH_SEED = 20261122;
export const BENCH_AS_OF = "2026-11-22";

/** The loops live in a function: top-level module code is never optimised, and would be measured too. */
function run(people: Person[], rounds: number): number {
  let determinations = 0;
  for (let r = 0; r < rounds; r++) for (const p of people) determinations += evaluate(p, BENCH_AS_OF).length;
  return determinations;
}

const [count = 10_000, warm = 3, rounds = 10] = process.argv.slice(2).map(Number);
const people = fc.sample(person, { numRuns: count, seed: BENCH_SEED });
run(people, warm);
const wall = performance.now();
const cpu = process.cpuUsage();
const determinations = run(people, rounds);
const { user, system } = process.cpuUsage(cpu);
// Printed whether or not rounds were measured, so instructions.ts's two runs do the same work around them.
const perPerson = (micros: number) => (rounds > 0 ? (micros / (count * rounds)).toFixed(2) : "-");
console.log(`${perPerson((performance.now() - wall) * 1000)} µs/person wall, ${perPerson(user + system)} µs/person CPU (${determinations} determinations)`);
