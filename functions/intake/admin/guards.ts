/**
 * What every admin API request passes before its route, whatever the route (rounds, links, status,
 * exports, and any resource mounted under /api/v1/admin later): index.ts applies these by path.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../http/appEnv";
import { apiStrings, problem } from "../../http/problem";
import { sameOrigin } from "../../http/sameOrigin";

/** A state change from another site is refused (problem+json 403, nb/en), for the admin and the report API. */
export const sameOriginApi = (): MiddlewareHandler<AppEnv> =>
  sameOrigin({ allowUnknown: true, refuse: (c) => problem(c, 403, { detail: apiStrings(c).details.crossSite }) });

/**
 * Admin POSTs must say `Content-Type: application/json`, bodiless ones included (issuing links, revoking
 * one). A browser can send a cross-site POST without asking first (no CORS preflight) only with a form
 * type, text/plain or no type at all; demanding JSON makes every such request need a preflight, which
 * this API never grants, so the Origin check has a second line behind it. Other methods always preflight.
 * A missing content type is refused too: a bodiless cross-site POST (`fetch(…, { mode: "no-cors" })`)
 * has none, and it is exactly the request that reissues or revokes links.
 */
export const jsonPosts = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.req.method !== "POST") return next();
  const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") return problem(c, 415, { detail: apiStrings(c).details.jsonRequired });
  // A bodiless JSON POST is an empty object: issuing links needs no options, and a route that needs
  // some answers with its field errors rather than "malformed JSON".
  if (!c.req.raw.body || c.req.header("Content-Length") === "0") c.req.raw = new Request(c.req.raw, { body: "{}" });
  return next();
};

/** Every admin answer is private (status, exports, links): no browser or proxy may keep a copy. */
export const noStore = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  await next();
  c.header("Cache-Control", "no-store");
};
