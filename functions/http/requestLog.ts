/**
 * Request id and one structured JSON log line per API request (Workers Logs indexes JSON fields).
 * Logged: method, path, status, duration, request id. Never logged: bodies, headers, query strings or
 * path parameters, because report links carry their token in the URL.
 */
import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv } from "./appEnv";

export const REQUEST_ID_HEADER = "X-Request-Id";

type LogFields = Record<string, string | number | boolean | undefined>;

/** Writes one JSON line; `level` decides the console method so Workers Logs keeps the severity. */
export function logEvent(level: "info" | "warn" | "error", event: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ level, event, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/** The error's message only: stacks and causes can carry request data. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sets a fresh request id and logs the finished request. The id is always generated here rather than
 * taken from the client, so a log line can't be forged or made to collide.
 */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    c.set("requestId", requestId);
    try {
      await next();
    } finally {
      // Set after next(): error and not-found responses are created downstream and must carry it too.
      c.header(REQUEST_ID_HEADER, requestId);
      logEvent(c.res.status >= 500 ? "error" : "info", "request", {
        requestId,
        method: c.req.method,
        path: loggedPath(c),
        status: c.res.status,
        // Workers' clock only advances across I/O, so this is time spent waiting, not CPU time.
        durationMs: Math.round(performance.now() - started),
      });
    }
  };
}

/**
 * The matched route pattern (`/api/links/:token`) rather than the concrete path, so parameters never
 * reach the logs. Unmatched requests (404) log their pathname with opaque, token-like segments masked.
 */
export function loggedPath(c: Context): string {
  // Middleware is registered with method "ALL"; the last route with a real method is the handler.
  const handlerRoute = matchedRoutes(c).findLast((route) => route.method !== "ALL");
  if (handlerRoute) return handlerRoute.path;
  return maskOpaqueSegments(c.req.path);
}

// Long base64url-ish segments with a digit: tokens and ids, not words like "participant-lists".
const OPAQUE_SEGMENT = /^(?=.*\d)[A-Za-z0-9_~.%-]{16,}$/;

export function maskOpaqueSegments(pathname: string): string {
  return pathname
    .slice(0, 256)
    .split("/")
    .map((segment) => (OPAQUE_SEGMENT.test(segment) ? ":redacted" : segment))
    .join("/");
}
