/**
 * The dependency rules `npm run check:deps` enforces (part of `npm test`):
 * - functions/core/ is the pure core: the Worker, the site, the browser and the tests import it, so it
 *   imports nothing outside itself but zod, and no platform API (Hono, drizzle, `cloudflare:*`, `node:*`).
 * - The rest of the core takes only types from the modules that build response schemas.
 * - The site (pages at build time, scripts in the browser) reaches into functions/ only through the core.
 * - No import circles anywhere in the code (type-only imports included: a circle of types is still a
 *   tangle to read and to move).
 * dependency-cruiser cannot read `.astro` files, so test/tools/check-deps.ts applies the site rule below
 * to their imports itself.
 * @type {import('dependency-cruiser').IConfiguration}
 */
// Modules that build zod schemas for API answers. The browser loads the core, so the rest of the core
// takes only their types (issue #17 keeps the checker's first load small).
const RESPONSE_SCHEMAS = "^functions/core/(rules/(catalogSchema|answerSchema|engine/determination)|batch/answerSchema|receipt/schema|rules/history/schema)[.]ts$";

module.exports = {
  forbidden: [
    {
      name: "core-imports-only-core",
      severity: "error",
      comment: "functions/core/ is pure: it may import itself and zod, nothing else of the project or of npm.",
      from: { path: "^functions/core/" },
      to: { pathNot: ["^functions/core/", "(^|/)node_modules/zod/"] },
    },
    {
      name: "core-no-platform",
      severity: "error",
      comment: "No Hono, drizzle, Worker or Node API in the core: it runs in the browser and in every test.",
      from: { path: "^functions/core/" },
      to: { path: ["(^|/)node_modules/(hono|@hono|drizzle-orm|@cloudflare)/", "^(cloudflare|node):"] },
    },
    {
      name: "core-no-node-builtins",
      severity: "error",
      comment: "Node's built-in modules are not in the browser and only emulated in the Worker.",
      from: { path: "^functions/core/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-response-schemas-types-only",
      severity: "error",
      comment: "Import types from a response-schema module (import type), not values: building its schemas would load zod into the browser.",
      from: { path: "^functions/core/", pathNot: RESPONSE_SCHEMAS },
      to: { path: RESPONSE_SCHEMAS, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "site-only-core",
      severity: "error",
      comment: "The site and the browser scripts import the Worker's code only from functions/core/ and the file formats both write (functions/formats/); the adapters are Hono.",
      from: { path: "^site/" },
      to: { path: "^functions/", pathNot: "^functions/(core|formats)/" },
    },
    {
      name: "formats-only-core-and-writer",
      severity: "error",
      comment: "functions/formats/ writes files the Worker and the browser both offer (.ics): from the core's models, with the writer library only; no Hono, no platform API.",
      from: { path: "^functions/formats/" },
      to: { pathNot: ["^functions/(core|formats)/", "(^|/)node_modules/ical-generator/"] },
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "Each file imports downward only: move the shared type or constant into its own module.",
      from: { path: "^(functions|site|db|test)/" },
      to: { circular: true },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment: "An import that does not resolve is a typo or a platform module the rules above cannot see.",
      from: { path: "^(functions|site)/" },
      to: { couldNotResolve: true, pathNot: "^(cloudflare|astro):" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^functions/vendor/", "^dist/", "^\\.astro/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "functions/tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".mjs", ".js", ".json"],
    },
  },
};
