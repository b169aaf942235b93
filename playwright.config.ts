/**
 * Browser tests against the real Worker (`wrangler dev` serving ./dist and the API), using Debian's
 * Chromium so nothing is downloaded. `npm run test:e2e`.
 */
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM}. Install it with \`apt-get update && apt-get install -y chromium\` ` +
      "(Debian/Ubuntu; .ci/run does this), or point CHROMIUM_PATH at a Chromium/Chrome binary.",
  );
}

// Not 8787, so a running `npm start` doesn't clash; E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 8788);
const BASE_URL = `http://localhost:${PORT}`;
// A separate local state directory, wiped per run: e2e data never mixes with `npm start`'s demo data.
const STATE = ".wrangler/e2e-state";

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: !!process.env.CI,
  // Timeouts guard against a hang; they are not speed assertions. The suite runs on shared two-core
  // machines where other builds and suites run at the same time (load averages of 15 were seen), and the
  // default 30 s per test / 5 s per expect failed heavy tests there (10,000-row list, no-JS checker walk).
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    launchOptions: {
      executablePath: CHROMIUM,
      // Without the networking flags Chromium keeps trying outside connections the sandbox refuses.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command:
      `rm -rf ${STATE} && npm run build && ` +
      `npx wrangler d1 migrations apply DB --local --persist-to ${STATE} && ` +
      `npx wrangler dev --port ${PORT} --persist-to ${STATE} --var ADMIN_TOKEN:e2e-admin-token-local-only`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      WRANGLER_SEND_METRICS: "false",
      // Local-only value for the required secret, so wrangler doesn't warn; never a real token.
      ADMIN_TOKEN: "e2e-admin-token-local-only",
    },
  },
});
