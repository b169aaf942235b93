/**
 * Security headers for HTML pages: the single source for both the static pages (written into
 * dist/_headers at build time by astro.config.mjs) and the pages the Worker renders (functions/pages).
 * No 'unsafe-inline': astro.config.mjs keeps every script and stylesheet an external file.
 * img-src data: is for the SVG icons inside Designsystemet's CSS; 'wasm-unsafe-eval' is for Pagefind.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The participant list's Web Worker reads and writes .xlsx files with read-excel-file and
 * write-excel-file, whose zip library (fflate) and XML parser spread large files over Workers started
 * from blob: URLs. A Worker's own policy comes with its script, so only the Worker scripts (built into
 * /_astro/workers/, astro.config.mjs) may start blob: workers; every page keeps worker-src 'self'. A
 * blob: URL can only be made by a script that already runs there, so script-src stays as strict.
 */
export const WORKER_SCRIPT_CSP = PAGE_CSP.replace("worker-src 'self'", "worker-src 'self' blob:");
/** Where Vite writes the site's Web Worker scripts (astro.config.mjs reads this). */
export const WORKER_SCRIPTS_DIR = "_astro/workers";

export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": PAGE_CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy":
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
};

/** The `_headers` file for the assets binding (applied by Cloudflare and `wrangler dev`, never served). */
export function headersFile(): string {
  const lines = Object.entries(PAGE_SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  // "! Name" detaches the header the catch-all rule set, so a Worker script gets one policy, not two.
  const workers = [`/${WORKER_SCRIPTS_DIR}/*`, "  ! Content-Security-Policy", `  Content-Security-Policy: ${WORKER_SCRIPT_CSP}`];
  return ["# Generated at build time from functions/http/pageSecurity.ts — do not edit.", "/*", ...lines, ...workers, ""].join("\n");
}
