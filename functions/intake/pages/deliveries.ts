/**
 * The round's e-mails and progress for IMDi staff (/admin/runder/:id/utsendelser), without JavaScript:
 * send the links (the same action as POST /api/v1/admin/rounds/{id}/dispatch), per municipality what was
 * sent when and in what state (a failed one can be re-sent), the progress picture and the counts per
 * county. Mounted inside the admin pages. Never shows a token or an address.
 */
import { Hono } from "hono";
import { html } from "../../core/html";
import { API_STRINGS } from "../../core/i18n/api";
import type { AppEnv } from "../../http/appEnv";
import { adminIdentity } from "../admin/auth";
import { dispatch, deliveryRows, roundProgress } from "../mail/deliveries";
import { osloDateTime } from "../osloTime";
import { allContacts, db, roundById, roundCodes, firstReports } from "../store";
import { login, page } from "./adminShell";
import { progressChart } from "./progressChart";
import { findByCode } from "../../core/municipalities";

const STATUS = { queued: "I kø", sent: "Sendt", failed: "Feilet", skipped: "Ikke sendt" } as const;
const REASONS: Record<string, string> = {
  reported: "kommunen hadde rapportert",
  "deadline-passed": "fristen var ute",
  "link-expired": "lenken var utløpt",
  "no-address": "ingen e-postadresse",
  "no-round": "runden finnes ikke",
  "no-submission": "fant ikke rapporten",
  "dead-letter": "ga opp etter flere forsøk",
};
const reasonText = (reason: string | null) => (reason ? (REASONS[reason] ?? reason) : "");

export const deliveryPages = new Hono<AppEnv>();

deliveryPages.get("/runder/:id/utsendelser", async (c) => {
  if (!(await adminIdentity(c))) return page(c, login(), 401);
  const roundId = c.req.param("id").slice(0, 40);
  const d = db(c.env.DB);
  const round = await roundById(d, roundId);
  if (!round) return c.notFound();
  const [codes, contacts, rows, progress, first] = await Promise.all([roundCodes(d, roundId), allContacts(d), deliveryRows(c.env.DB, roundId), roundProgress(c.env.DB, roundId), firstReports(d, roundId)]);
  const withAddress = new Set(contacts.map((x) => x.code));
  const reported = new Set(first.map((f) => f.code));
  const onDate = round.createdAt.slice(0, 10);
  const notice = c.req.query("sendt");
  return page(
    c,
    html`<p class="ds-paragraph"><a class="ds-link" href="/admin/runder/${round.id}">Tilbake til runden</a></p>
      <h1 class="ds-heading" data-size="lg">Utsendelser og fremdrift: ${round.title}</h1>
      <p class="ds-paragraph">Frist ${osloDateTime(round.closesAt)} (norsk tid).</p>
      ${notice !== undefined ? html`<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">${notice} e-poster er lagt i kø. Siden viser status når de er sendt.</p></div>` : ""}
      <h2 class="ds-heading" data-size="md">Send lenker</h2>
      <p class="ds-paragraph">Hver kommune med e-postadresse i <a class="ds-link" href="/admin/kontakter">kontaktregisteret</a> får sin egen lenke én gang. ${codes.filter((x) => !withAddress.has(x)).length} av ${codes.length} kommuner mangler adresse.</p>
      <form method="post" action="/admin/runder/${round.id}/send"><button class="ds-button" type="submit">Send lenker til alle som ikke har fått</button></form>
      <h2 class="ds-heading" data-size="md">Fremdrift</h2>
      ${progress ? progressChart(progress) : ""}
      <h3 class="ds-heading" data-size="sm">Per fylke</h3>
      <div class="table-wrap"><table class="ds-table" data-size="sm">
        <thead><tr><th scope="col">Fylke</th><th scope="col">Rapportert</th><th scope="col">Ikke ennå</th></tr></thead>
        <tbody>${(progress?.counties ?? []).map((k) => html`<tr><th scope="row">${k.code} ${k.name}</th><td>${k.reported}</td><td>${k.notYet}</td></tr>`)}</tbody>
      </table></div>
      <h2 class="ds-heading" data-size="md">E-poster per kommune</h2>
      <div class="table-wrap"><table class="ds-table" data-size="sm">
        <thead><tr><th scope="col">Kommune</th><th scope="col">Rapportert</th><th scope="col">E-post</th><th scope="col">Status</th><th scope="col">Forsøk</th><th scope="col">Tid</th><th scope="col"><span class="ds-sr-only">Handling</span></th></tr></thead>
        <tbody>${codes.map((code) => {
          const mine = (rows ?? []).filter((r) => r.code === code);
          const name = findByCode(code, onDate)?.name ?? code;
          const head = html`<th scope="row" rowspan="${Math.max(mine.length, 1)}">${code} ${name}</th><td rowspan="${Math.max(mine.length, 1)}">${reported.has(code) ? "Ja" : "Nei"}</td>`;
          if (mine.length === 0) {
            return html`<tr>${head}<td colspan="4">${withAddress.has(code) ? "Ingen e-post ennå" : "Mangler e-postadresse"}</td><td>${withAddress.has(code) ? resendButton(round.id, code, "Send lenke") : ""}</td></tr>`;
          }
          return mine.map(
            (r, i) => html`<tr>${i === 0 ? head : ""}<td>${KINDS[r.kind]}</td><td>${STATUS[r.status]}${r.reason ? html`: ${reasonText(r.reason)}` : ""}</td><td>${r.attempts}</td><td>${osloDateTime(r.at)}</td><td>${r.kind === "link" && r.status === "failed" ? resendButton(round.id, code, "Send på nytt") : ""}</td></tr>`,
          );
        })}</tbody>
      </table></div>`,
  );
});

const KINDS = { link: "Lenke", reminder: "Påminnelse", receipt: "Kvittering" } as const;

const resendButton = (roundId: string, code: string, label: string) =>
  html`<form method="post" action="/admin/runder/${roundId}/send?kode=${code}"><button class="ds-button" data-variant="secondary" data-size="sm" type="submit">${label}<span class="ds-sr-only"> til ${code}</span></button></form>`;

// Post/redirect/get: the page after sending is a fresh GET, so a reload does not send again (and a second
// send is a no-op anyway: dispatch is idempotent).
deliveryPages.post("/runder/:id/send", async (c) => {
  const who = await adminIdentity(c);
  if (!who) return page(c, login(), 401);
  const roundId = c.req.param("id").slice(0, 40);
  const code = c.req.query("kode");
  const result = await dispatch(c.env, roundId, code && /^\d{4}$/.test(code) ? code : undefined, who, new Date());
  if (result === "not-found") return c.notFound();
  if (result === "closed") {
    return page(c, html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${API_STRINGS.nb.details.roundClosed}</p></div><p><a class="ds-link" href="/admin/runder/${roundId}/utsendelser">Tilbake</a></p>`, 409);
  }
  return c.redirect(`/admin/runder/${roundId}/utsendelser?sendt=${result.queued}`, 303);
});
