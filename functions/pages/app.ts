/**
 * The shell for pages the Worker renders outside /api (report intake, admin, checker without
 * JavaScript): the same request log, the page security headers the static site has, CSRF checks on
 * form posts, and HTML (not problem+json) for not-found and errors.
 */
import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../http/appEnv";
import { PAGE_SECURITY_HEADERS } from "../http/pageSecurity";
import { errorMessage, logEvent, requestLog } from "../http/requestLog";
import { isStorageFailure, STORAGE_RETRY_AFTER_SECONDS } from "../http/storage";
import { html } from "../core/html";
import { renderInShell } from "./shell";

export function createPagesApp() {
  // Not strict: "/rapport" and "/rapport/" are the same page (Astro's pages end in a slash).
  const app = new Hono<AppEnv>({ strict: false });
  app.use(requestLog());
  app.use(async (c, next) => {
    await next();
    // Responses from the assets binding have immutable headers: copy before adding ours.
    c.res = new Response(c.res.body, c.res);
    for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  // Forms post back to the same origin only; a cross-site form post is refused with 403.
  app.use(csrf());

  // Unknown page: the site's own 404 page, with status 404 (the assets binding's not_found_handling).
  app.notFound((c) => c.env.ASSETS.fetch(c.req.raw));

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return renderInShell(c, "/404.html", {
        title: "Rettsjekk",
        status: error.status,
        main: html`<h1 class="ds-heading">${error.status === 403 ? "Ingen tilgang" : "Noe er feil i forespørselen"}</h1>`,
      });
    }
    if (isStorageFailure(error)) {
      logEvent("error", "storage_failure", { requestId: c.get("requestId"), message: errorMessage(error) });
      return renderInShell(c, "/404.html", {
        title: "Rettsjekk",
        status: 503,
        headers: { "Retry-After": String(STORAGE_RETRY_AFTER_SECONDS) },
        main: html`<h1 class="ds-heading">Lagringen svarte ikke</h1><p class="ds-paragraph">Ingenting ble lagret. Gå tilbake og send skjemaet på nytt om litt; det blir ikke sendt to ganger.</p>`,
      });
    }
    logEvent("error", "unhandled_error", { requestId: c.get("requestId"), message: errorMessage(error) });
    return renderInShell(c, "/404.html", {
      title: "Rettsjekk",
      status: 500,
      main: html`<h1 class="ds-heading">Noe gikk galt hos oss</h1><p class="ds-paragraph">Prøv igjen om litt. Svarene dine er ikke lagret.</p>`,
    });
  });
  return app;
}
