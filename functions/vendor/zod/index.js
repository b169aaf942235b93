/**
 * zod for the Worker bundle, without its 64 locale bundles (wrangler.toml maps "zod" here; types,
 * tests and the browser build still use the real package). zod's `z` namespace re-exports `locales`,
 * and `core`, which re-exports them again, so every bundle that imports `z` carried all locales:
 * about 357 KiB of a 1.5 MiB Worker. `external.js` beside this file is zod's own
 * v4/classic/external.js without those two namespaces; nothing in the Worker reads them.
 */
import * as z from "./external.js";
export * from "./external.js";
export { z, z as default };
