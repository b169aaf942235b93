/**
 * Same-origin checks on every state change (CSRF defence), for the admin and report APIs and the
 * Worker-rendered pages. A browser says where a request comes from in two headers:
 * - `Origin`: the page's origin. Our pages send `Referrer-Policy: no-referrer`, and with that policy a
 *   browser writes `Origin: null` on a POST (Fetch standard, "serializing a request origin"), so `null`
 *   says nothing and the check falls through to:
 * - `Sec-Fetch-Site`: `same-origin` for our own pages; `same-site`, `cross-site` or `none` otherwise.
 * Any other answer is refused, whatever the content type (hono/csrf looks at form content types only).
 * A request with neither header is not from a current browser (curl, a municipality's system): the
 * APIs let it through to their own authentication; the pages, which only browsers use, refuse it.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./appEnv";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type RequestSource = "same-origin" | "cross-site" | "unknown";

/** Where a request comes from, by its Origin header, else its Sec-Fetch-Site header. */
export function requestSource(request: Request): RequestSource {
  const origin = request.headers.get("Origin");
  if (origin !== null && origin !== "null") return origin === new URL(request.url).origin ? "same-origin" : "cross-site";
  const site = request.headers.get("Sec-Fetch-Site");
  if (site !== null) return site === "same-origin" ? "same-origin" : "cross-site";
  // An opaque origin with no fetch metadata is a sandboxed or privacy-stripped browser context.
  return origin === "null" ? "cross-site" : "unknown";
}

export interface SameOriginOptions {
  /** Whether a request with neither header may pass (API clients that are not browsers). */
  allowUnknown: boolean;
  refuse: (c: Context<AppEnv>) => Response | Promise<Response>;
}

export function sameOrigin({ allowUnknown, refuse }: SameOriginOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const source = requestSource(c.req.raw);
    if (source === "same-origin" || (source === "unknown" && allowUnknown)) return next();
    return refuse(c);
  };
}
