/**
 * Issuing and revoking report links on the admin pages, so that no reload and no stray click revokes
 * anything: every action that revokes a link is first a GET page that says what will happen, and only
 * its form (with `bekreftet=ja`) acts; the action then redirects (post/redirect/get) to the page that
 * shows the new links once, as a CSV download and a copy button (admin/linkHandoff.ts keeps them for
 * that one view). A reload shows that page again, which then says the links were already shown.
 */
import { Hono, type Context } from "hono";
import { html, type Html } from "../../core/html";
import { admin as w } from "../../core/i18n/nb/admin";
import { findByCode } from "../../core/municipalities";
import type { AppEnv } from "../../http/appEnv";
import { publicOrigin } from "../../http/publicOrigin";
import { handOver, takeOver } from "../admin/linkHandoff";
import { issueLinks, linksCsv, revokeLink } from "../admin/rounds";
import { osloDateTime } from "../osloTime";
import { db, liveLinkCodes, roundById, roundCodes } from "../store";
import { renderInShell } from "../../pages/shell";
import { asAdmin, page } from "./adminShell";

export const linkPages = new Hono<AppEnv>();

const CONFIRMED = "ja";
const roundPath = (id: string) => `/admin/runder/${id}`;
const municipalityName = (code: string) => findByCode(code, new Date().toISOString().slice(0, 10))?.name ?? code;

// The site's 404 page, rendered here: the assets binding answers a POST with 405, not the page.
const notFound = (c: Context<AppEnv>) =>
  renderInShell(c, "/404.html", { title: `${w.links.notFound} – Rettsjekk`, status: 404, main: html`<h1 class="ds-heading" data-size="lg">${w.links.notFound}</h1><p class="ds-paragraph"><a class="ds-link" href="/admin/">${w.round.back}</a></p>` });

/** A confirmation: what will happen, a form that does it, and a way back that does nothing. */
function confirmPage(c: Context<AppEnv>, roundId: string, title: string, text: string, action: string, button: string): Promise<Response> | Response {
  return page(
    c,
    html`<h1 class="ds-heading" data-size="lg">${title}</h1>
      <div class="ds-alert" data-color="warning"><p class="ds-paragraph">${text}</p></div>
      <form method="post" action="${action}" class="button-row">
        <input type="hidden" name="bekreftet" value="${CONFIRMED}">
        <button class="ds-button" data-color="danger" type="submit">${button}</button>
        <a class="ds-link" href="${roundPath(roundId)}">${w.links.cancel}</a>
      </form>`,
  );
}

/** The round and, for one municipality's link, that it is one of the round's. */
async function target(c: Context<AppEnv>): Promise<{ roundId: string; code?: string } | undefined> {
  const d = db(c.env.DB);
  const roundId = c.req.param("id")!.slice(0, 40);
  if (!(await roundById(d, roundId))) return undefined;
  const code = c.req.param("code");
  if (code === undefined) return { roundId };
  return (await roundCodes(d, roundId)).includes(code) ? { roundId, code } : undefined;
}

const isConfirmed = async (c: Context<AppEnv>) => (await c.req.parseBody()).bekreftet === CONFIRMED;

/** All links: the confirmation… */
linkPages.get("/runder/:id/lenker/ny", (c) => asAdmin(c, async () => {
  const t = await target(c);
  if (!t) return notFound(c);
  const d = db(c.env.DB);
  const [live, all] = await Promise.all([liveLinkCodes(d, t.roundId), roundCodes(d, t.roundId)]);
  return confirmPage(c, t.roundId, w.links.confirmAllTitle, w.links.confirmAllText(live.size, all.length), `${roundPath(t.roundId)}/lenker`, w.links.confirmAll);
}));

/** …and the action. Unconfirmed (an old bookmark, a form without the field), it only asks. */
linkPages.post("/runder/:id/lenker", (c) => asAdmin(c, async (who) => {
  const t = await target(c);
  if (!t) return notFound(c);
  if (!(await isConfirmed(c))) return c.redirect(`${roundPath(t.roundId)}/lenker/ny`, 303);
  return handOverAndShow(c, t.roundId, "all", who);
}));

/** One municipality's new link (its old one revoked): confirmation and action. */
linkPages.get("/runder/:id/kommuner/:code/ny-lenke", (c) => asAdmin(c, async () => {
  const t = await target(c);
  if (!t?.code) return notFound(c);
  const live = (await liveLinkCodes(db(c.env.DB), t.roundId)).has(t.code);
  return confirmPage(c, t.roundId, w.links.oneTitle, w.links.reissueText(t.code, municipalityName(t.code), live), `${roundPath(t.roundId)}/kommuner/${t.code}/ny-lenke`, w.links.confirmReissue);
}));

linkPages.post("/runder/:id/kommuner/:code/ny-lenke", (c) => asAdmin(c, async (who) => {
  const t = await target(c);
  if (!t?.code) return notFound(c);
  if (!(await isConfirmed(c))) return c.redirect(`${roundPath(t.roundId)}/kommuner/${t.code}/ny-lenke`, 303);
  return handOverAndShow(c, t.roundId, [t.code], who);
}));

/** One municipality's link revoked: confirmation and action, then back to the round with a message. */
linkPages.get("/runder/:id/kommuner/:code/trekk-tilbake", (c) => asAdmin(c, async () => {
  const t = await target(c);
  if (!t?.code) return notFound(c);
  return confirmPage(c, t.roundId, w.links.revokeTitle, w.links.revokeText(t.code, municipalityName(t.code)), `${roundPath(t.roundId)}/kommuner/${t.code}/trekk-tilbake`, w.links.confirmRevoke);
}));

linkPages.post("/runder/:id/kommuner/:code/trekk-tilbake", (c) => asAdmin(c, async (who) => {
  const t = await target(c);
  if (!t?.code) return notFound(c);
  if (!(await isConfirmed(c))) return c.redirect(`${roundPath(t.roundId)}/kommuner/${t.code}/trekk-tilbake`, 303);
  await revokeLink(c.env.DB, t.roundId, t.code, who);
  return c.redirect(`${roundPath(t.roundId)}?trukket=${t.code}`, 303);
}));

async function handOverAndShow(c: Context<AppEnv>, roundId: string, codes: string[] | "all", who: string): Promise<Response> {
  const links = await issueLinks(c.env.DB, roundId, codes, who, publicOrigin(c.env));
  if (!links) return notFound(c);
  await handOver(c, roundId, linksCsv(links), links.length);
  return c.redirect(`${roundPath(roundId)}/lenker`, 303);
}

/** The links just made, once: a download and a copy button; on a reload, that they were already shown. */
linkPages.get("/runder/:id/lenker", (c) => asAdmin(c, async () => {
  const t = await target(c);
  if (!t) return notFound(c);
  const handed = await takeOver(c, t.roundId);
  const back = html`<p class="ds-paragraph"><a class="ds-link" href="${roundPath(t.roundId)}">${w.round.backToRound}</a></p>`;
  if (!handed) {
    return page(c, html`<h1 class="ds-heading" data-size="lg">${w.links.goneTitle}</h1><p class="ds-paragraph">${w.links.goneText}</p>${back}`);
  }
  return page(c, html`<h1 class="ds-heading" data-size="lg">${w.links.shownTitle}</h1>${shownLinks(t.roundId, handed)}${back}`);
}));

function shownLinks(roundId: string, handed: { csv: string; count: number; createdAt: string }): Html {
  const text = handed.csv.replace(/^\uFEFF/, "");
  // The file is the page's own bytes (a data: address): nothing is fetched again, so nothing is kept to fetch.
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(handed.csv)}`;
  return html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${w.links.shownWarning}</p></div>
    <p class="ds-paragraph">${w.links.made(handed.count, osloDateTime(handed.createdAt))}</p>
    <p class="button-row">
      <a class="ds-button" href="${href}" download="${w.links.fileName(roundId)}">${w.links.download}</a>
      <button class="ds-button" data-variant="secondary" type="button" data-copy="lenker-csv" data-copied="${w.links.copied}" hidden>${w.links.copy}</button>
    </p>
    <p class="ds-paragraph" id="lenker-csv-status" role="status"></p>
    <div class="ds-field"><label class="ds-label" for="lenker-csv">${w.links.csvLabel}</label>
      <textarea class="ds-input links-csv" id="lenker-csv" readonly rows="${Math.min(12, handed.count + 1)}">${text}</textarea></div>`;
}
