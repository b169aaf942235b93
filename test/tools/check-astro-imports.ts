/**
 * The site rule of .dependency-cruiser.cjs ("site-only-core") for `.astro` files, which
 * dependency-cruiser cannot read: each file's frontmatter and `<script>` imports are listed with
 * TypeScript's own scanner, resolved, and matched against that rule's paths. Part of `npm run check:deps`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve(import.meta.dirname, "../..");
const config = createRequire(import.meta.url)(join(root, ".dependency-cruiser.cjs")) as {
  forbidden: Array<{ name: string; to: { path?: string; pathNot?: string } }>;
};
const rule = config.forbidden.find((r) => r.name === "site-only-core");
if (!rule?.to.path || !rule.to.pathNot) throw new Error("site-only-core is missing from .dependency-cruiser.cjs");
const [forbidden, allowed] = [new RegExp(rule.to.path), new RegExp(rule.to.pathNot)];

const astroFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith(".astro") ? [join(dir, e.name)] : []));

/** The code an .astro file runs: its frontmatter (between the first two `---`) and its script elements. */
function codeOf(source: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
  const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  return [frontmatter, ...scripts];
}

const violations: string[] = [];
const files = astroFiles(join(root, "site"));
for (const file of files) {
  for (const code of codeOf(readFileSync(file, "utf8"))) {
    for (const { fileName: specifier } of ts.preProcessFile(code, true, true).importedFiles) {
      if (!specifier.startsWith(".")) continue;
      const target = relative(root, resolve(dirname(file), specifier));
      if (forbidden.test(target) && !allowed.test(target)) violations.push(`  error site-only-core: ${relative(root, file)} → ${target}`);
    }
  }
}
if (violations.length > 0) {
  console.error(`${violations.join("\n")}\n\nx ${violations.length} dependency violations in .astro files`);
  process.exit(1);
}
console.log(`✔ no dependency violations in .astro files (${files.length} files)`);
