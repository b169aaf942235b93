/**
 * The contact register for IMDi staff (/admin/kontakter), without JavaScript: the same actions as the API
 * (import a spreadsheet, add or change one address, remove one), the same checks and messages, the
 * warnings, and the municipalities still without an address. Mounted inside the admin pages.
 */
import { Hono } from "hono";
import { html } from "../../core/html";
import { API_STRINGS } from "../../core/i18n/api";
import { findByCode, municipalitiesOn } from "../../core/municipalities";
import type { AppEnv } from "../../http/appEnv";
import { adminIdentity } from "../admin/auth";
import { contactsFromCsv, contactsFromJson, decodeSpreadsheet, warningsFor, type ParsedContacts, type RowProblem } from "../contacts/register";
import { deleteContact, saveContacts } from "../contacts/save";
import { allContacts, db } from "../store";
import { login, page } from "./adminShell";
import { errorSummary } from "./views";

const words = API_STRINGS.nb.contacts;
const LANGUAGE = { nb: "bokmål", nn: "nynorsk" } as const;

export const contactPages = new Hono<AppEnv>();

async function registerPage(c: Parameters<typeof page>[0], notice: string | undefined, errors: RowProblem[], status = 200) {
  const today = new Date().toISOString().slice(0, 10);
  const rows = await allContacts(db(c.env.DB));
  const have = new Set(rows.map((r) => r.code));
  const missing = municipalitiesOn(today).filter((m) => !have.has(m.code));
  const warnings = warningsFor(rows, words);
  return page(
    c,
    html`<p class="ds-paragraph"><a class="ds-link" href="/admin/">Tilbake til rundene</a></p>
      <h1 class="ds-heading" data-size="lg">Kontaktregister</h1>
      <p class="ds-paragraph">Kommunenes offisielle e-postadresser (postmottak). Lenker, påminnelser og kvitteringer sendes hit. Bruk aldri en ansatts personlige adresse.</p>
      ${errorSummary(errors.map((e) => ({ field: "fil", message: e.message })))}
      ${notice ? html`<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">${notice}</p></div>` : ""}
      ${warnings.length > 0
        ? html`<div class="ds-alert" data-color="warning"><h2 class="ds-heading" data-size="xs">Adresser som bør byttes</h2><ul class="ds-list">${warnings.map((w) => html`<li>${w.code} ${findByCode(w.code, today)?.name ?? ""}: ${w.message}</li>`)}</ul></div>`
        : ""}
      <h2 class="ds-heading" data-size="md">Last opp regneark</h2>
      <form method="post" action="/admin/kontakter/fil" enctype="multipart/form-data" class="stack">
        <div class="ds-field">
          <label class="ds-label" for="fil">CSV-fil med kolonnene kommunenummer;epost (og eventuelt målform: bokmål eller nynorsk)</label>
          <input class="ds-input" type="file" id="fil" name="fil" accept=".csv,text/csv" required>
        </div>
        <button class="ds-button" type="submit">Last opp</button>
      </form>
      <p class="ds-paragraph"><a class="ds-link" href="/api/v1/admin/contacts" download="rettsjekk-kontakter.json">Last ned registeret (JSON)</a></p>
      <h2 class="ds-heading" data-size="md">Legg til eller endre én</h2>
      <form method="post" action="/admin/kontakter" class="stack">
        <div class="ds-field"><label class="ds-label" for="kode">Kommunenummer</label><input class="ds-input" id="kode" name="code" inputmode="numeric" pattern="[0-9]{3,4}" required></div>
        <div class="ds-field"><label class="ds-label" for="epost">E-postadresse (postmottak)</label><input class="ds-input" id="epost" name="email" type="email" autocomplete="off" required></div>
        <div class="ds-field"><label class="ds-label" for="malform">Målform i e-postene</label><select class="ds-input" id="malform" name="language"><option value="nb">bokmål</option><option value="nn">nynorsk</option></select></div>
        <button class="ds-button" type="submit">Lagre</button>
      </form>
      <h2 class="ds-heading" data-size="md">${rows.length} kommuner har adresse</h2>
      <div class="table-wrap"><table class="ds-table" data-size="sm">
        <thead><tr><th scope="col">Kommune</th><th scope="col">E-post</th><th scope="col">Målform</th><th scope="col"><span class="ds-sr-only">Handling</span></th></tr></thead>
        <tbody>${rows.map(
          (r) => html`<tr><th scope="row">${r.code} ${findByCode(r.code, today)?.name ?? ""}</th><td>${r.email}</td><td>${LANGUAGE[r.language]}</td>
            <td><form method="post" action="/admin/kontakter/${r.code}/slett"><button class="ds-button" data-variant="tertiary" data-size="sm" type="submit">Fjern<span class="ds-sr-only"> ${r.code}</span></button></form></td></tr>`,
        )}</tbody>
      </table></div>
      <h2 class="ds-heading" data-size="md">${missing.length} kommuner mangler adresse</h2>
      <p class="ds-paragraph">${missing.map((m) => `${m.code} ${m.name}`).join(", ") || "Ingen."}</p>`,
    status,
  );
}

contactPages.get("/kontakter", async (c) => {
  if (!(await adminIdentity(c))) return page(c, login(), 401);
  const saved = c.req.query("lagret");
  return registerPage(c, saved !== undefined ? `${saved} adresser er lagret.` : c.req.query("fjernet") !== undefined ? "Adressen er fjernet." : undefined, []);
});

contactPages.post("/kontakter/fil", async (c) => {
  const who = await adminIdentity(c);
  if (!who) return page(c, login(), 401);
  const file = (await c.req.parseBody()).fil;
  if (!(file instanceof File)) return registerPage(c, undefined, [{ field: "fil", code: "required", message: "Velg en CSV-fil." }], 400);
  return save(c, who, contactsFromCsv(decodeSpreadsheet(await file.arrayBuffer()), words));
});

contactPages.post("/kontakter", async (c) => {
  const who = await adminIdentity(c);
  if (!who) return page(c, login(), 401);
  const form = await c.req.parseBody();
  return save(c, who, contactsFromJson([{ code: String(form.code ?? ""), email: String(form.email ?? ""), language: String(form.language ?? "nb") }], words));
});

/** Rows with errors are shown at once and nothing is saved; otherwise saved, then a fresh GET (post/redirect/get). */
async function save(c: Parameters<typeof page>[0], who: string, parsed: ParsedContacts) {
  if (parsed.errors.length > 0) return registerPage(c, undefined, parsed.errors, 400);
  const result = await saveContacts(c.env.DB, parsed.contacts, who);
  return c.redirect(`/admin/kontakter?lagret=${result.created + result.updated}`, 303);
}

contactPages.post("/kontakter/:code/slett", async (c) => {
  const who = await adminIdentity(c);
  if (!who) return page(c, login(), 401);
  await deleteContact(c.env.DB, c.req.param("code").slice(0, 4), who);
  return c.redirect("/admin/kontakter?fjernet", 303);
});
