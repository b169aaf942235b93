// Runs before each test file, in workerd: every fast-check property that names no seed of its own uses
// the run's fixed seed (printed once by test/tools/fast-check-seed.ts), so a random test cannot fail by chance.
import fc from "fast-check";
import { inject } from "vitest";

fc.configureGlobal({ seed: inject("fcSeed") });
