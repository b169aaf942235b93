/**
 * Unit and API tests run inside workerd with the bindings from wrangler.toml (D1, rate limiters, vars).
 * Static assets are one bare page shell here (test/fixtures/shell); pages are tested by Playwright against `wrangler dev`.
 */
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { randomBytes } from "node:crypto";
import { defineConfig } from "vitest/config";

// A new admin token every run (128 bits), so no credential is written in the repository; tests read it as
// env.ADMIN_TOKEN (test/intake/helpers.ts).
const TEST_ADMIN_TOKEN = randomBytes(16).toString("base64url");

export default defineConfig(async () => {
  // wrangler.toml declares ADMIN_TOKEN as a required secret and wrangler looks for it in process.env;
  // setting it here only silences the "missing secret" warning (the binding below is what tests see).
  process.env.ADMIN_TOKEN ??= TEST_ADMIN_TOKEN;
  // Read on the Node side (tests can't read the host file system) and applied by test/setup.
  const migrations = await readD1Migrations("db/migrations");
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            ADMIN_TOKEN: TEST_ADMIN_TOKEN,
          },
          // The pages the Worker renders are filled into shells Astro builds into ./dist. Tests don't build the
          // site: every asset path answers with one bare shell instead, whether or not ./dist exists, so route
          // logic is tested the same on a fresh clone; the real shells are covered by the browser tests.
          assets: { directory: "test/fixtures/shell", binding: "ASSETS", assetConfig: { not_found_handling: "single-page-application" } },
        },
      }),
    ],
    test: {
      include: ["test/**/*.test.ts"],
      setupFiles: ["./test/setup/apply-migrations.ts", "./test/setup/fast-check.ts"],
      globalSetup: ["./test/tools/fast-check-seed.ts"],
      // A hang guard, not a speed assertion: the suite runs on shared two-core machines beside other
      // suites, where the 5 s default can fail a test that is quick on a quiet machine.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // The API logs one JSON line per request; show console output only for failing tests.
      silent: "passed-only",
    },
  };
});
