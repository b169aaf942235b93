// @ts-check
// The public site: static pages only, built into ./dist and served by the Worker's assets binding.
import { rename, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { DEFAULT_LANG } from "./functions/core/localePath.ts";
import { LANGUAGES } from "./functions/core/rules/types.ts";
import { headersFile, WORKER_SCRIPTS_DIR } from "./functions/http/pageSecurity.ts";
import { addModulePreloads } from "./site/build/modulePreload.ts";

/** Writes dist/_headers from the one definition the Worker's own pages also use. */
const securityHeaders = {
  name: "rettsjekk-security-headers",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      await writeFile(new URL("_headers", dir), headersFile());
    },
  },
};

/**
 * The public origin, for absolute hreflang links (search engines ignore relative ones). Set SITE_URL when
 * building for production (README, "Deploying"); locally it is `npm start`'s address.
 */
const site = process.env.SITE_URL ?? "http://localhost:8787";

/**
 * Astro writes site/pages/[...lang]/404.astro as /<lang>/404/index.html; the assets binding's 404-page
 * handling looks for /<lang>/404.html (the nearest one up the requested path), so move it there.
 */
const notFoundPerLanguage = {
  name: "rettsjekk-404-per-language",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      for (const lang of LANGUAGES.filter((l) => l !== DEFAULT_LANG)) {
        await rename(new URL(`${lang}/404/index.html`, dir), new URL(`${lang}/404.html`, dir));
        await rm(new URL(`${lang}/404/`, dir), { recursive: true });
      }
    },
  },
};

/** Each page's first-load modules asked for at once, not one import level per round trip (site/build/modulePreload.ts). */
const modulePreload = {
  name: "rettsjekk-module-preload",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      await addModulePreloads(fileURLToPath(dir));
    },
  },
};

export default defineConfig({
  site,
  srcDir: "site",
  publicDir: "site/public",
  outDir: "dist",
  output: "static",
  integrations: [securityHeaders, notFoundPerLanguage, modulePreload],
  i18n: {
    // The catalog's language list: adding a language there adds its routes here.
    locales: [...LANGUAGES],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: false },
  },
  build: {
    // No inline <style>: the page CSP (functions/http/pageSecurity.ts) has no 'unsafe-inline' and no hashes.
    inlineStylesheets: "never",
  },
  vite: {
    // The participant list's Web Worker is an ES module (loaded with { type: "module" }), so it can load
    // the .xlsx reader and writer with import() only when they are needed. Worker scripts get a folder
    // of their own, whose policy (dist/_headers) lets them start the blob: workers the zip library uses.
    worker: { format: "es", rollupOptions: { output: { entryFileNames: `${WORKER_SCRIPTS_DIR}/[name]-[hash].js` } } },
    build: {
      // Astro inlines scripts (and Vite small assets) under this size; 0 keeps every script an external
      // file, which the header CSP allows as 'self'.
      assetsInlineLimit: 0,
    },
  },
});
