/**
 * `npm run audit:site`: Lighthouse (performance, accessibility, best practices, SEO) against the local
 * build served by `wrangler dev`, in Debian's Chromium (never a downloaded browser), for the home page,
 * a rule page and the checker, with Lighthouse's mobile and desktop presets. Prints the scores and, for
 * any category under 100, the audits that cost points. A figure, not a gate: it exits 0 unless
 * Lighthouse itself cannot run. `--runs N` audits each page N times (the scores move with the machine's
 * load; each run is printed), `--only <text>` only the pages whose name or path holds the text, and
 * `--mobile` only the mobile preset, `--save <dir>` writes each run's report (JSON) there. A run Lighthouse itself could not record (a runtime error such as
 * NO_NAVSTART, scored 0) is tried again once, and said so.
 */
import * as chromeLauncher from "chrome-launcher";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import lighthouse, { desktopConfig, type Flags } from "lighthouse";
import { ensureBuild, freshLocalState, startServer } from "../tools/wranglerDev";

// AUDIT_PORT lets two checkouts audit side by side.
const PORT = Number(process.env.AUDIT_PORT ?? 8790);
const STATE = ".wrangler/audit-state";
const PAGES = [
  ["home", "/"],
  ["rule page", "/regler/ip3-prog/"],
  ["checker", "/sjekk/"],
  ["checker result", "/uk/sjekk/?legalBasis=collective-protection&permitGranted=2022-04-01&age=30&upperSecondary=no&endGoal=work&childrenUnder18=yes&settled=2024-01-10&view=result"],
] as const;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const RUNS = Number(option("--runs") ?? 1);
const ONLY = option("--only");
const pages = PAGES.filter(([name, path]) => ONLY === undefined || name.includes(ONLY) || path.includes(ONLY));
const presets = process.argv.includes("--mobile") ? (["mobile"] as const) : (["mobile", "desktop"] as const);

// Builds only when there is no build, or with `npm run audit:site -- --build`.
ensureBuild(process.argv.includes("--build"));
freshLocalState(STATE);
const server = await startServer(PORT, ["--persist-to", STATE, "--var", "ADMIN_TOKEN:audit-local-only"]);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

try {
  const rows: Array<Record<string, string | number>> = [];
  const lost: string[] = [];
  const runLighthouse = async (preset: (typeof presets)[number], path: string) => {
    const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] };
    // localhost, not 127.0.0.1: the same origin a developer opens, and a "secure context" for Chromium.
    const result = await lighthouse(`http://localhost:${PORT}${path}`, flags, preset === "desktop" ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    return result;
  };
  for (const preset of presets) {
    for (const [name, path] of pages) for (let run = 1; run <= RUNS; run++) {
      let result = await runLighthouse(preset, path);
      if (result.lhr.runtimeError) {
        lost.push(`${preset} ${path}: Lighthouse could not record the run (${result.lhr.runtimeError.code}); tried again`);
        result = await runLighthouse(preset, path);
      }
      const saveTo = option("--save");
      if (saveTo) {
        mkdirSync(saveTo, { recursive: true });
        writeFileSync(join(saveTo, `${preset}-${name.replaceAll(" ", "-")}-${run}.json`), JSON.stringify(result.lhr));
      }
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push({ preset, page: `${name} (${path})`, ...(RUNS > 1 ? { run } : {}), performance: score("performance"), accessibility: score("accessibility"), "best practices": score("best-practices"), SEO: score("seo") });
      for (const id of CATEGORIES) {
        if (score(id) === 100) continue;
        const failing = (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`);
        lost.push(`${preset} ${path} ${id}: ${failing.join(", ") || "—"}`);
        if (process.argv.includes("--details")) {
          if (result.lhr.runtimeError) lost.push(`  runtime error: ${JSON.stringify(result.lhr.runtimeError)}`);
          // What blocked the main thread, when blocking cost points: Lighthouse's own list of long tasks.
          if (id === "performance") lost.push(`  long-tasks: ${JSON.stringify((audits["long-tasks"]?.details as { items?: unknown[] } | undefined)?.items?.slice(0, 5) ?? "").slice(0, 900)}`);
          for (const ref of categories[id]?.auditRefs ?? []) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit && (audit.score ?? 1) < 1) lost.push(`  ${ref.id}: ${audit.explanation ?? ""} ${JSON.stringify((audit.details as { items?: unknown[] } | undefined)?.items?.slice(0, 4) ?? "").slice(0, 900)}`);
          }
        }
      }
    }
  }
  console.log(`Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, Chromium at ${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}, against wrangler dev on localhost:${PORT}`);
  console.table(rows);
  if (lost.length) console.log(`Where points were lost:\n  ${lost.join("\n  ")}`);
} finally {
  await chrome.kill();
  await server.stop();
}
