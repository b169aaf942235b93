/**
 * The API shell: base path, middleware and error handling shared by every route. `index.ts` mounts the
 * resources on it; tests build their own with `createApp()` to mount probe routes beside the real ones.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { methodNotAllowed } from "hono/method-not-allowed";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./http/appEnv";
import { limitBody, MAX_BODY_BYTES } from "./http/bodyLimit";
import { apiStrings, problem } from "./http/problem";
import { errorMessage, logEvent, requestLog } from "./http/requestLog";
import { isStorageFailure, STORAGE_RETRY_AFTER_SECONDS } from "./http/storage";
import { validationHook } from "./http/validation";

export { MAX_BODY_BYTES };
export const BATCH_PATH = "/api/v1/eligibility/batch";

/** Headers a client may need from an HTTPException's own response (e.g. WWW-Authenticate on 401). */
const KEPT_EXCEPTION_HEADERS = ["allow", "retry-after", "www-authenticate"];

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook() }).basePath("/api");

  // Order matters: the log wraps everything so it sees the final status, and the header middleware
  // wraps the error paths (404/405/413/500) so problem responses get the same headers as successes.
  app.use(requestLog());
  app.use(
    secureHeaders({
      // The API returns JSON only: nothing may load from, or frame, its responses.
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xFrameOptions: "DENY",
      referrerPolicy: "no-referrer",
      // Same value as the static pages' _headers, so the whole origin has one HSTS policy.
      strictTransportSecurity: "max-age=31536000; includeSubDomains",
    }),
  );
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        problem(c, 405, { headers: { Allow: allowed.join(", ") } }),
    }),
  );
  // The batch endpoint takes whole participant lists and sets its own, larger limit.
  const standardLimit = limitBody(MAX_BODY_BYTES, (c) => problem(c, 413, { detail: apiStrings(c).details.bodyTooLarge(MAX_BODY_BYTES / 1024) }));
  app.use((c, next) => (c.req.path === BATCH_PATH ? next() : standardLimit(c, next)));

  app.notFound((c) =>
    problem(c, 404, { detail: apiStrings(c).details.noEndpoint }),
  );

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      // Deliberate client errors (malformed JSON, 415, 401…): their message is written by code, not input.
      const source = error.getResponse().headers;
      const headers = Object.fromEntries(
        KEPT_EXCEPTION_HEADERS.flatMap((name) => {
          const value = source.get(name);
          return value === null ? [] : [[name, value]];
        }),
      );
      return problem(c, error.status, { detail: error.message || undefined, headers });
    }
    if (isStorageFailure(error)) {
      logEvent("error", "storage_failure", { requestId: c.get("requestId"), message: errorMessage(error) });
      return problem(c, 503, {
        detail: apiStrings(c).details.storageFailure,
        headers: { "Retry-After": String(STORAGE_RETRY_AFTER_SECONDS) },
      });
    }
    // Anything else is a bug: log the message only, answer generically.
    logEvent("error", "unhandled_error", { requestId: c.get("requestId"), message: errorMessage(error) });
    return problem(c, 500);
  });

  return app;
}
