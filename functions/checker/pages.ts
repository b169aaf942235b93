/**
 * The checker without JavaScript: GET shows the state its address carries (the first question without
 * one); every POST carries the answers in hidden fields and is answered with a redirect (303) to the next
 * state's address, so Back and reload never post again and a result can be bookmarked. Rendered into the
 * site's checker shell for the language; the language switcher keeps the answers. Answers are never
 * logged (the request log records the route only, never the query) nor stored. A result carries its
 * receipt; from it, a caseworker posts to the printable decision draft or the deadlines calendar.
 */
import { Hono } from "hono";
import type { AppEnv } from "../http/appEnv";
import { renderInShell } from "../pages/shell";
import { LANGUAGES, todayInOslo } from "../core/rules";
import { packFor } from "../core/i18n";
import { checkerPath, stateFrom, stateParams, step } from "../core/checker/step";
import { render } from "../core/checker/views";
import { resultReceipt } from "../core/checker/receipt";
import { caseworkerPart } from "../core/checker/outputs";
import { caseworkerFiles } from "./caseworker";

export const checkerPages = new Hono<AppEnv>();

for (const lang of LANGUAGES) {
  const path = checkerPath(lang);
  // Registered without the trailing slash: the pages app is not strict, so "/sjekk" and "/sjekk/" both match.
  const route = path.replace(/\/$/, "");
  checkerPages.get(route, async (c) => {
    const query = new URL(c.req.url).search;
    const asOf = todayInOslo();
    const state = stateFrom(query, asOf);
    const caseworker = state.view.kind === "result" ? caseworkerPart(lang, state.answers, asOf, await resultReceipt(state.answers, asOf)) : undefined;
    return renderInShell(c, path, {
      title: `${packFor(lang).checker.title} – Rettsjekk`,
      main: render(packFor(lang), state.answers, state.view, asOf, caseworker),
      // The same answers in another language: the switcher's links carry the state along (as read, re-encoded).
      languageQuery: query ? stateParams(state) : "",
      // An address with answers is one person's: never indexed.
      headers: query ? { "X-Robots-Tag": "noindex" } : {},
    });
  });
  checkerPages.post(route, async (c) => {
    const state = step(await c.req.parseBody(), todayInOslo());
    return c.redirect(`${path}?${stateParams(state)}`, 303);
  });
  checkerPages.route(route, caseworkerFiles(lang));
}
