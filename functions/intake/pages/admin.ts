/**
 * IMDi's admin pages without JavaScript: log in (local token; Cloudflare Access in production), the
 * rounds with their progress, and a new round. A round's status (roundPage.ts), its links (links.ts), the
 * contact register and the e-mails are their own modules, mounted here. Rendered into the site's shell (`/admin/`).
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../http/appEnv";
import { html } from "../../core/html";
import { admin as w } from "../../core/i18n/nb/admin";
import { audit } from "../admin/audit";
import { ACTORS, adminIdentity, auditLockout, loginKey } from "../admin/auth";
import { createRound } from "../admin/rounds";
import { osloDateTime } from "../osloTime";
import { safeEqual } from "../crypto";
import { endSession, startSession } from "../session";
import { db, latestRounds, roundsProgress } from "../store";
import { asAdmin, locked, login, page } from "./adminShell";
import { contactPages } from "./contacts";
import { deliveryPages } from "./deliveries";
import { linkPages } from "./links";
import { emptyRoundForm, readRoundForm, roundForm, roundFormValues, type RoundFormError, type RoundFormValues } from "./newRoundForm";
import { roundPages } from "./roundPage";

export const adminPages = new Hono<AppEnv>();

adminPages.post("/logg-inn", async (c) => {
  // Every attempt counts, the right key too: while the client is locked out, the key is not even checked.
  if (!(await c.env.LOGIN_LIMITER.limit({ key: loginKey(c) })).success) {
    await auditLockout(c, "login form");
    return locked(c);
  }
  const form = await c.req.parseBody();
  const token = String(form.token ?? "");
  if (!c.env.ADMIN_TOKEN || !safeEqual(token, c.env.ADMIN_TOKEN)) {
    await audit(c.env.DB, { actor: "unknown", action: "admin.login.failed", detail: { credential: "login form" } });
    return page(c, html`<div class="ds-alert" data-color="danger"><p class="ds-paragraph">Feil nøkkel.</p></div>${login()}`, 401);
  }
  await startSession(c, "admin", null);
  await audit(c.env.DB, { actor: ACTORS.session, action: "admin.login" });
  return c.redirect("/admin/", 303);
});

// Behind Cloudflare Access, its own session is ended too (its logout path), else the next page logs straight back in.
adminPages.post("/logg-ut", async (c) => {
  const who = await adminIdentity(c);
  await endSession(c, "admin");
  if (who) await audit(c.env.DB, { actor: who, action: "admin.logout" });
  return c.redirect(c.req.header("Cf-Access-Jwt-Assertion") ? "/cdn-cgi/access/logout" : "/admin/", 303);
});

adminPages.get("/", (c) => asAdmin(c, async () => newRoundPage(c, emptyRoundForm(), [])));

/** The rounds with their progress (reported / asked), and the new-round form (filled in again after an error). */
async function newRoundPage(c: Context<AppEnv>, values: RoundFormValues, errors: RoundFormError[]) {
  const d = db(c.env.DB);
  const rounds = await latestRounds(d);
  const progress = await roundsProgress(d, rounds.map((r) => r.id));
  return page(
    c,
    html`<h1 class="ds-heading" data-size="lg">${w.rounds.title}</h1>
      <p class="ds-paragraph"><a class="ds-link" href="/admin/kontakter">${w.rounds.contacts}</a></p>
      ${rounds.length === 0
        ? html`<p class="ds-paragraph">${w.rounds.none}</p>`
        : html`<div class="table-wrap"><table class="ds-table" data-size="sm">
          <thead><tr><th scope="col">${w.rounds.round}</th><th scope="col">${w.rounds.deadline}</th><th scope="col">${w.rounds.progress}</th></tr></thead>
          <tbody>${rounds.map((r) => {
            const p = progress.get(r.id) ?? { reported: 0, asked: 0 };
            return html`<tr><th scope="row"><a class="ds-link" href="/admin/runder/${r.id}">${r.title}</a></th><td>${osloDateTime(r.closesAt)}</td><td><progress max="${Math.max(p.asked, 1)}" value="${p.reported}" aria-hidden="true"></progress> ${w.rounds.progressText(p.reported, p.asked)}</td></tr>`;
          })}</tbody></table></div>`}
      <h2 class="ds-heading" data-size="md" id="ny-runde">${w.rounds.newRound}</h2>
      ${roundForm(values, errors)}`,
    errors.length > 0 ? 400 : 200,
  );
}

adminPages.post("/runder", (c) => asAdmin(c, async (who) => {
  const values = roundFormValues(await c.req.parseBody());
  const today = new Date().toISOString().slice(0, 10);
  const read = readRoundForm(values, today);
  if (!read.round) return newRoundPage(c, values, read.errors);
  const result = await createRound(c.env.DB, read.round, who);
  if (!result.ok) return newRoundPage(c, values, [{ field: "municipalities", message: result.unknown.map(w.newRound.unknownCode).join(" ") }]);
  const mapped = values.municipalities.split(/[\s,;]+/).filter((t) => /^\d{1,4}$/.test(t)).map((t) => t.padStart(4, "0")).filter((code) => !read.round!.municipalities.includes(code));
  return c.redirect(`/admin/runder/${result.id}${mapped.length ? `?omgjort=${mapped.join(",")}` : ""}`, 303);
}));

// The contact register and the round's e-mails and progress: their own page modules, mounted here so
// every middleware over the admin pages covers them like the pages above.
adminPages.route("/", roundPages);
adminPages.route("/", linkPages);
adminPages.route("/", contactPages);
adminPages.route("/", deliveryPages);
