/**
 * `npm run check:weight` (part of `npm test`): what a page makes the browser download before anyone does
 * anything on it — the gzip size of its module scripts and every module they import statically, read
 * from the built site (`dist/`: the HTML's `<script type="module">` tags, then each file's static
 * imports found by es-module-lexer: the modules site/build/modulePreload.ts lists in the page's head). Dynamic imports and Web Workers load later (on a choice or a
 * click) and are not counted. Fails when a page is over its budget, so a change cannot quietly put the
 * weight back (issue #17). Builds the site first when the build is missing or older than its sources.
 * Also prints, without a budget, what a Web Worker loads when it starts (the participant list's, on a
 * file chosen), so its weight is seen too.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { init } from "es-module-lexer";
import { pageScripts, staticGraph } from "../../site/build/modulePreload";
import { LANGUAGES } from "../../functions/core/rules/vocabulary";
import { localePath } from "../../functions/core/localePath";

/** Budgets in KB of gzip (1 KB = 1,000 bytes), per page and every language of it. */
const BUDGETS: Array<{ page: string; path: string; kb: number; why: string }> = [
  { page: "participant list", path: "/deltakere/", kb: 60, why: "issue #17 goal 2" },
  // Its own language's words only (each language's page imports its pack), no zod; the result's views load
  // when a result is near. Ukrainian is the heaviest (Cyrillic text is two bytes a letter).
  { page: "checker", path: "/sjekk/", kb: 30, why: "issue #17 goal 1" },
];

const DIST = "dist";

/** The first-load script files of one built page and their gzip sizes in bytes. */
export function firstLoad(htmlFile: string): Array<{ file: string; gzip: number }> {
  return withStaticImports(pageScripts(readFileSync(join(DIST, htmlFile), "utf8")));
}

/** Script files (site paths) and every module they import statically, with their gzip sizes in bytes. */
function withStaticImports(entries: string[]): Array<{ file: string; gzip: number }> {
  return staticGraph(DIST, entries).map((file) => ({ file, gzip: gzipSync(readFileSync(join(DIST, file), "utf8"), { level: 9 }).length }));
}

/** The newest modification time under the paths the site is built from. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

function ensureFreshBuild(): void {
  const sources = ["site", "functions/core", "astro.config.mjs", "package-lock.json"].map(newest);
  if (existsSync(join(DIST, "index.html")) && statSync(join(DIST, "index.html")).mtimeMs >= Math.max(...sources)) return;
  console.log("Building the site (dist/ is missing or older than its sources) …");
  execFileSync("npm", ["run", "build"], { stdio: "ignore" });
}

async function main() {
  ensureFreshBuild();
  await init;
  let over = false;
  const rows = BUDGETS.flatMap(({ page, path, kb, why }) =>
    LANGUAGES.map((lang) => {
      const url = localePath(lang, path);
      const files = firstLoad(join(url, "index.html"));
      const total = files.reduce((sum, f) => sum + f.gzip, 0) / 1000;
      const fails = total > kb;
      over ||= fails;
      return { page, url, scripts: files.length, "gzip KB": Number(total.toFixed(1)), "budget KB": kb, budget: why, result: fails ? "OVER BUDGET" : "ok" };
    }),
  );
  console.log("First load per page: module scripts and their static imports, gzip (dist/)");
  console.table(rows);
  const workers = readdirSync(join(DIST, "_astro/workers")).map((name) => {
    const files = withStaticImports([`/_astro/workers/${name}`]);
    return { worker: name, scripts: files.length, "gzip KB": Number((files.reduce((sum, f) => sum + f.gzip, 0) / 1000).toFixed(1)) };
  });
  console.log("Web Workers, loaded when they start (the participant list's: when a file is chosen), not first load");
  console.table(workers);
  if (over) process.exitCode = 1;
}

await main();
