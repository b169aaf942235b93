/**
 * IMDi's admin pages without JavaScript: log in (local token; Cloudflare Access in production), create
 * a round, issue links, follow status, export. Rendered into the site's shell (`/admin/`).
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../http/appEnv";
import { publicOrigin } from "../../http/publicOrigin";
import { html } from "../../core/html";
import { REPORT_TEMPLATES } from "../../core/rules";
import { formatters, packFor } from "../../core/i18n";
import { renderInShell } from "../../pages/shell";
import { audit } from "../admin/audit";
import { ACTORS, adminIdentity, auditLockout, checkAdmin, LOCKOUT_SECONDS, loginKey } from "../admin/auth";
import { createRound, issueLinks, linksCsv } from "../admin/rounds";
import { roundStatus } from "../admin/status";
import { osloDateTime, osloLocalToUtc } from "../osloTime";
import { NEW_ROUND_MESSAGES, NewRoundSchema } from "../admin/newRound";
import { safeEqual } from "../crypto";
import { endSession, startSession } from "../session";
import { db, latestRounds } from "../store";
import { login, page } from "./adminShell";
import { contactPages } from "./contacts";
import { deliveryPages } from "./deliveries";
import { lineLabel } from "./views";
import { DEFAULT_REMINDERS, remindersFromForm } from "../mail/schedule";

const f = formatters("nb");
const validation = packFor("nb").validation;
/** Kroner, or a dash where the template's rule defines no amount (admin/status.ts). */
const kr = (nok: number | null) => (nok === null ? "–" : f.nok(nok));
const STATUS_TEXT = { reported: "Rapportert", "not-yet": "Ikke rapportert", late: "For sent", corrected: "Korrigert" } as const;

export const adminPages = new Hono<AppEnv>();

/** A page for an admin only: the login form without a credential, 429 while the client is locked out. */
async function asAdmin(c: Context<AppEnv>, render: (who: string) => Promise<Response>): Promise<Response> {
  const check = await checkAdmin(c);
  if ("actor" in check) return render(check.actor);
  if (check.refused === "limited") return locked(c);
  return page(c, login(), check.refused === "none" && c.req.method === "GET" ? 200 : 401);
}

const locked = (c: Context<AppEnv>) =>
  page(c, html`<div class="ds-alert" data-color="danger"><p class="ds-paragraph">For mange mislykkede forsøk. Vent et minutt før du prøver igjen.</p></div>`, 429, { "Retry-After": String(LOCKOUT_SECONDS) });

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

adminPages.get("/", (c) => asAdmin(c, async () => {
  const rounds = await latestRounds(db(c.env.DB));
  return page(
    c,
    html`<h1 class="ds-heading" data-size="lg">Rapporteringsrunder</h1>
      <p class="ds-paragraph"><a class="ds-link" href="/admin/kontakter">Kontaktregister (kommunenes e-postadresser)</a></p>
      <ul class="ds-list">${rounds.map((r) => html`<li><a class="ds-link" href="/admin/runder/${r.id}">${r.title}</a> – frist ${osloDateTime(r.closesAt)}</li>`)}</ul>
      <h2 class="ds-heading" data-size="md">Ny runde</h2>
      <form method="post" action="/admin/runder" class="stack">
        <div class="ds-field"><label class="ds-label" for="template">Mal</label><select class="ds-input" id="template" name="template">${REPORT_TEMPLATES.map((t) => html`<option value="${t.id}">${t.id}</option>`)}</select></div>
        <div class="ds-field"><label class="ds-label" for="title">Tittel</label><input class="ds-input" id="title" name="title" required></div>
        <div class="ds-field"><label class="ds-label" for="opensAt">Åpner (ÅÅÅÅ-MM-DDTTT:MM, norsk tid)</label><input class="ds-input" id="opensAt" name="opensAt" type="datetime-local" required></div>
        <div class="ds-field"><label class="ds-label" for="closesAt">Frist (norsk tid)</label><input class="ds-input" id="closesAt" name="closesAt" type="datetime-local" required></div>
        <div class="ds-field"><label class="ds-label" for="municipalities">Kommunenummer (tomt = alle), skilt med komma</label><input class="ds-input" id="municipalities" name="municipalities"></div>
        <div class="ds-field"><label class="ds-label" for="reminders">Påminnelser på e-post: dager før fristen, kl. 08.00 norsk tid (tomt = ingen)</label><input class="ds-input" id="reminders" name="reminders" value="${DEFAULT_REMINDERS.map((r) => r.daysBefore).join(", ")}"></div>
        <button class="ds-button" type="submit">Opprett runde</button>
      </form>`,
  );
}));

adminPages.post("/runder", (c) => asAdmin(c, async (who) => {
  const form = await c.req.parseBody();
  const codes = String(form.municipalities ?? "").split(/[\s,;]+/).filter(Boolean);
  const input = {
    template: String(form.template ?? ""),
    title: String(form.title ?? "").trim(),
    opensAt: osloLocalToUtc(String(form.opensAt ?? "")),
    closesAt: osloLocalToUtc(String(form.closesAt ?? "")),
    municipalities: codes.length ? codes : "all",
    reminders: remindersFromForm(String(form.reminders ?? "")),
  };
  const parsed = NewRoundSchema.safeParse(input);
  if (!parsed.success) {
    // A national identity number in the title gets its own message; other faults the field's.
    const messages = [...new Set(parsed.error.issues.map((i) => (i.message === "national-id" ? `Tittel: ${validation["national-id"]}` : (NEW_ROUND_MESSAGES[String(i.path[0] ?? "")] ?? "Sjekk skjemaet."))))];
    return page(c, html`<div class="ds-alert" data-color="danger"><ul class="ds-list">${messages.map((m) => html`<li>${m}</li>`)}</ul></div>`, 400);
  }
  const result = await createRound(c.env.DB, parsed.data, who);
  if (!result.ok) return page(c, html`<div class="ds-alert" data-color="danger"><p class="ds-paragraph">Ukjente kommunenummer: ${result.unknown.join(", ")}</p></div>`, 400);
  return c.redirect(`/admin/runder/${result.id}`, 303);
}));

adminPages.get("/runder/:id", (c) => asAdmin(c, async (who) => {
  const s = await roundStatus(c.env.DB, c.req.param("id").slice(0, 40));
  if (!s) return c.notFound();
  await audit(c.env.DB, { actor: who, action: "round.status.viewed", roundId: s.round.id });
  return page(
    c,
    html`<h1 class="ds-heading" data-size="lg">${s.round.title}</h1>
      <p class="ds-paragraph">Frist ${osloDateTime(s.round.closesAt)} · ${s.counts.reported} har rapportert, ${s.counts.notYet} ikke ennå · Sum ${kr(s.totalNok)}</p>
      <p class="ds-paragraph"><a class="ds-link" href="/api/v1/admin/rounds/${s.round.id}/export.csv">Eksporter CSV for utbetaling</a> · <a class="ds-link" href="/admin/runder/${s.round.id}/utsendelser">Send lenker på e-post, utsendelser og fremdrift</a></p>
      <form method="post" action="/admin/runder/${s.round.id}/lenker"><button class="ds-button" data-variant="secondary" type="submit">Lag nye lenker til alle (de gamle trekkes tilbake)</button></form>
      <div class="table-wrap"><table class="ds-table" data-size="sm">
        <thead><tr><th scope="col">Kommune</th><th scope="col">Status</th>${s.template.lines.filter((l) => l.type !== "text").map((l) => html`<th scope="col">${lineLabel(l, "nb")}</th>`)}<th scope="col">Sum</th></tr></thead>
        <tbody>${s.rows.map((r) => html`<tr><td>${r.code} ${r.name}</td><td>${STATUS_TEXT[r.status]}</td>${s.template.lines.filter((l) => l.type !== "text").map((l) => html`<td>${f.nok(r.lines[l.id] ?? 0)}</td>`)}<td>${kr(r.totalNok)}</td></tr>`)}</tbody>
        <tfoot><tr><th scope="row" colspan="2">Sum</th>${s.template.lines.filter((l) => l.type !== "text").map((l) => html`<td>${f.nok(s.totals[l.id] ?? 0)}</td>`)}<td>${kr(s.totalNok)}</td></tr></tfoot>
      </table></div>`,
  );
}));

adminPages.post("/runder/:id/lenker", (c) => asAdmin(c, async (who) => {
  const links = await issueLinks(c.env.DB, c.req.param("id").slice(0, 40), "all", who, publicOrigin(c.env));
  // The site's 404 page, rendered here: the assets binding answers a POST with 405, not the page.
  if (!links) return renderInShell(c, "/404.html", { title: "Fant ikke runden – Rettsjekk", status: 404, main: html`<h1 class="ds-heading" data-size="lg">Fant ikke runden</h1><p class="ds-paragraph"><a class="ds-link" href="/admin/">Tilbake til rundene</a></p>` });
  return page(
    c,
    html`<h1 class="ds-heading" data-size="lg">Nye lenker</h1>
      <div class="ds-alert" data-color="warning"><p class="ds-paragraph">Lenkene vises bare én gang. Kopier dem til fletting nå.</p></div>
      <pre>${linksCsv(links).replace(/^\uFEFF/, "")}</pre>`,
  );
}));

// The contact register and the round's e-mails and progress: their own page modules, mounted here so
// every middleware over the admin pages covers them like the pages above.
adminPages.route("/", contactPages);
adminPages.route("/", deliveryPages);
