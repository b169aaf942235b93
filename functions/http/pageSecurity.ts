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
 * The participant-list page writes its .xlsx download with write-excel-file, whose zip library (fflate)
 * compresses large files in a Worker started from a blob: URL. Only that page may start blob: workers;
 * a blob: URL can only be made by a script the page already runs, so script-src stays as strict.
 */
export const PARTICIPANT_LIST_CSP = PAGE_CSP.replace("worker-src 'self'", "worker-src 'self' blob:");
const PARTICIPANT_LIST_PATHS = ["/deltakere/*", "/:lang/deltakere/*"];

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
  // "! Name" detaches the header the catch-all rule set, so the page gets one policy, not two.
  const participantList = PARTICIPANT_LIST_PATHS.flatMap((path) => [path, "  ! Content-Security-Policy", `  Content-Security-Policy: ${PARTICIPANT_LIST_CSP}`]);
  return ["# Generated at build time from functions/http/pageSecurity.ts — do not edit.", "/*", ...lines, ...participantList, ""].join("\n");
}
