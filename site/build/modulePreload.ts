/**
 * Lists, in each built page's <head>, every module its scripts load before anyone does anything
 * (`<link rel="modulepreload">`), so a browser asks for them all at once. Without it, it finds them one
 * import level per round trip: four levels on the checker, so on a phone's 150 ms round trips over half
 * a second more before the page's script works, and Lighthouse's first paint counts that chain. Vite
 * does this for the HTML it builds; Astro's pages it leaves out. Runs after the build (astro.config.mjs);
 * `check:weight` weighs the same modules.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { init, parse } from "es-module-lexer";

/** A page's module scripts: `<script type="module" src="…">`, the site path in group 1. */
export const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;

/**
 * The site paths of `entries` and every module they import statically (not `import()`: those load on a
 * choice or a click), each once, the entries first. Call `await init` (es-module-lexer) before.
 */
export function staticGraph(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url) || !url.startsWith("/")) return;
    seen.add(url);
    const [imports] = parse(readFileSync(join(dist, url), "utf8"));
    // d === -1: a static import (d > -1 is a dynamic import(), -2 is import.meta).
    for (const i of imports) if (i.d === -1 && i.n) visit(new URL(i.n, `http://site${url}`).pathname);
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

/** The module scripts a built page (an .html file under `dist`) names. */
export const pageScripts = (html: string): string[] => [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
}

/** Adds the preload links to every page of the build in `dist` that has module scripts. */
export async function addModulePreloads(dist: string): Promise<number> {
  await init;
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, "utf8");
    const modules = staticGraph(dist, pageScripts(html));
    if (modules.length === 0) continue;
    // Low priority: a page's script works on what is already painted (the checker's forms post without it;
    // the participant list shows its form first), so on a slow line the first paint's styles and fonts
    // come first, and the script, already asked for, right after. It still runs before the load event.
    const links = modules.map((url) => `<link rel="modulepreload" href="${url}" fetchpriority="low">`).join("");
    writeFileSync(file, html.replace("</head>", `${links}</head>`));
    pages++;
  }
  return pages;
}
