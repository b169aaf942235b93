/**
 * The shell for pages the Worker renders outside /api (report intake, admin, checker without
 * JavaScript): the same request log, the page security headers the static site has, the API's body
 * limit, same-origin checks on every post, and HTML (not problem+json) for not-found and errors.
 */
import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../http/appEnv";
import { limitBody, MAX_BODY_BYTES } from "../http/bodyLimit";
import { PAGE_SECURITY_HEADERS } from "../http/pageSecurity";
import { errorMessage, logEvent, requestLog } from "../http/requestLog";
import { sameOrigin } from "../http/sameOrigin";
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
  // The same limit as the API: a form is a few kilobytes; an oversized body (chunked or not) gets 413.
  app.use(
    limitBody(MAX_BODY_BYTES, (c) =>
      errorPage(c, 413, "Skjemaet er for stort", `Det du sendte er større enn ${MAX_BODY_BYTES / 1024} KB. Gå tilbake og gjør teksten kortere.`),
    ),
  );
  // Forms post back to the same origin only: any post from another site (or with no origin at all) is 403.
  app.use(
    sameOrigin({
      allowUnknown: false,
      refuse: (c) => errorPage(c, 403, "Ingen tilgang", "Skjemaet ble sendt fra en annen nettside. Åpne siden på Rettsjekk og send skjemaet derfra."),
    }),
  );

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

function errorPage(c: Context<AppEnv>, status: number, heading: string, text: string) {
  return renderInShell(c, "/404.html", { title: `${heading} – Rettsjekk`, status, main: html`<h1 class="ds-heading">${heading}</h1><p class="ds-paragraph">${text}</p>` });
}
