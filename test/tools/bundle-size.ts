/**
 * Builds the Worker exactly as `wrangler deploy` would (`--dry-run`, nothing uploaded) and prints its
 * size; fails above the budget so a heavy dependency is noticed in CI, not after deploy.
 * `npm run check:bundle`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// 250 until issue 16's report and admin pages (bokmål and nynorsk words, the admin's round, links and status
// pages) took the Worker from 242.0 to 254.2 KiB. What is in it, measured with wrangler's --metafile:
// four languages' rule texts (~190 KiB before gzip), zod (~141), drizzle (~76), the municipality register
// (~38), ical-generator (~36), zod-to-openapi (~31), hono (~30). Raise it again only with such a reason.
const BUDGET_GZIP_KIB = 260;
const outdir = mkdtempSync(join(tmpdir(), "rettsjekk-bundle-"));
// wrangler wants the assets directory to exist; the Worker bundle does not depend on what is in it.
const madeAssets = !existsSync("dist");
if (madeAssets) mkdirSync("dist");
try {
  const output = execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const match = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(output);
  if (!match) throw new Error(`wrangler printed no bundle size:\n${output}`);
  const [, raw, gzip] = match;
  const over = Number(gzip) > BUDGET_GZIP_KIB;
  console.log(`Worker bundle (wrangler deploy --dry-run): ${raw} KiB, gzip ${gzip} KiB (budget ${BUDGET_GZIP_KIB} KiB gzip)${over ? " — OVER BUDGET" : ""}`);
  if (over) process.exitCode = 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
  if (madeAssets) rmSync("dist", { recursive: true, force: true });
}
