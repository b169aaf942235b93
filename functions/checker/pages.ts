/**
 * The checker without JavaScript: GET shows the first question, every POST carries the answers in
 * hidden fields and gets the next page, rendered into the site's checker shell for the language.
 * Answers are never logged (the request log records the route only) nor stored. A result carries its
 * receipt; from it, a caseworker posts to the printable decision draft or the deadlines calendar.
 */
import { Hono } from "hono";
import type { AppEnv } from "../http/appEnv";
import { renderInShell } from "../pages/shell";
import { LANGUAGES, todayInOslo } from "../core/rules";
import { packFor } from "../core/i18n";
import { checkerPath, start, step } from "../core/checker/step";
import { render } from "../core/checker/views";
import { resultReceipt } from "../core/checker/receipt";
import { caseworkerPart } from "../core/checker/outputs";
import { caseworkerFiles } from "./caseworker";

export const checkerPages = new Hono<AppEnv>();

for (const lang of LANGUAGES) {
  const path = checkerPath(lang);
  const show = async (c: Parameters<typeof renderInShell>[0], state: ReturnType<typeof start>) => {
    const asOf = todayInOslo();
    const caseworker = state.view.kind === "result" ? caseworkerPart(lang, state.answers, asOf, await resultReceipt(state.answers, asOf)) : undefined;
    return renderInShell(c, path, { title: `${packFor(lang).checker.title} – Rettsjekk`, main: render(lang, state.answers, state.view, asOf, caseworker), status: state.view.kind === "question" && state.view.error ? 400 : 200 });
  };
  // Registered without the trailing slash: the pages app is not strict, so "/sjekk" and "/sjekk/" both match.
  const route = path.replace(/\/$/, "");
  checkerPages.get(route, (c) => show(c, start({}, todayInOslo())));
  checkerPages.post(route, async (c) => show(c, step(await c.req.parseBody(), todayInOslo())));
  checkerPages.route(route, caseworkerFiles(lang));
}
