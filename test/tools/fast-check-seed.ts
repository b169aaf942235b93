/**
 * Node side, once per run: picks the fast-check seed every property uses (fixed, so a run cannot fail by
 * chance; `FC_SEED=<n> npm run test:unit` replays or explores another) and prints it.
 */
import type { TestProject } from "vitest/node";

export const DEFAULT_FC_SEED = 20261206;

export default function setup(project: TestProject) {
  const seed = Number(process.env.FC_SEED ?? DEFAULT_FC_SEED);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${process.env.FC_SEED}`);
  console.log(`fast-check seed: ${seed}${process.env.FC_SEED ? " (from FC_SEED)" : " (fixed; FC_SEED=<n> to change)"}`);
  project.provide("fcSeed", seed);
}
