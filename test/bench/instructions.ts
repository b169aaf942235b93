import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Instructions per person under callgrind (`npx tsx test/bench/instructions.ts [people warm-up rounds]`):
 * the one engine figure that does not move with the machine's load, so before/after comparisons hold on
 * a shared machine. Two runs of engineLoop.ts on the same people, one without the measured rounds; their
 * difference divided by the evaluations is one person's cost in steady state (JIT warm, garbage
 * collection included), without start-up and sampling. V8 runs single-threaded, so compilation and
 * collection happen at the same points every time. Needs valgrind; takes a few minutes.
 */
const [count = 5_000, warm = 8, rounds = 8] = process.argv.slice(2).map(Number);
const loop = fileURLToPath(new URL("./engineLoop.ts", import.meta.url));

function instructions(measured: number): Promise<number> {
  const args = ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, "--single-threaded", "--import", "tsx"];
  const child = spawn("valgrind", [...args, loop, String(count), String(warm), String(measured)], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const collected = /Collected : (\d+)/.exec(log)?.[1];
      if (code !== 0 || collected === undefined) reject(new Error(`callgrind failed (exit ${code}):\n${log.slice(-2000)}`));
      else resolve(Number(collected));
    });
  });
}

const [base, measured] = await Promise.all([instructions(0), instructions(rounds)]);
const perPerson = Math.round((measured - base) / (count * rounds));
console.log(`${count} people, ${warm} warm-up rounds, ${rounds} measured: ${perPerson.toLocaleString("en")} instructions per person`);
console.log(`(callgrind totals: ${base.toLocaleString("en")} without the measured rounds, ${measured.toLocaleString("en")} with)`);
