/**
 * The municipality's report pages, without JavaScript: link → session → form → check your answers →
 * attestation → receipt. Rendered into the site's shell (`/rapport/`). Every page reads the round and
 * municipality from the session only.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../http/appEnv";
import { html } from "../../core/html";
import { renderInShell } from "../../pages/shell";
import { packFor } from "../../core/i18n";
import { fieldErrors } from "../../core/rules/schema";
import { reportContext, type ReportContext } from "../context";
import { osloDateTime } from "../osloTime";
import { todayInOslo } from "../../core/rules/dates";
import { CALENDAR_TYPE, toIcs } from "../../formats/calendar";
import { sha256 } from "../crypto";
import { endSession, startSession } from "../session";
import { activeLinkByHash, db, submissionByReference, versions } from "../store";
import { queueReceipt } from "../mail/receipt";
import { submit } from "../submit";
import { MAX_REASON_LENGTH, price, reasonSchema, valuesSchema } from "../values";
import { fieldNames, valuesFromForm } from "./form";
import { heading, linesTable, receiptView } from "./views";
import { reportForm } from "./reportForm";
import { sessionBar } from "./sessionBar";

const SHELL = "/rapport/";
const messages = packFor("nb").validation;

export const reportPages = new Hono<AppEnv>();

const notFound = (c: Parameters<typeof renderInShell>[0]) =>
  renderInShell(c, "/404.html", {
    title: "Fant ikke siden – Rettsjekk",
    status: 404,
    main: html`<h1 class="ds-heading" data-size="lg">Fant ikke siden</h1><p class="ds-paragraph">Lenken er ukjent, trukket tilbake eller utløpt. Kontakt IMDi for en ny lenke.</p>`,
  });

// The link: exchanged for a session cookie at once, then a redirect to a clean URL without the token.
reportPages.get("/lenke/:token", async (c) => {
  const limiter = await c.env.LINK_LIMITER.limit({ key: c.req.header("cf-connecting-ip") ?? "local" });
  if (!limiter.success) return c.text("For mange forsøk. Prøv igjen om et minutt.", 429, { "Retry-After": "60" });
  const token = c.req.param("token");
  // Always hash and look up, whatever the token looks like, so unknown and revoked links take the same time.
  const link = await activeLinkByHash(db(c.env.DB), await sha256(token.slice(0, 200)));
  if (!link) return notFound(c);
  await startSession(c, "municipality", link.id);
  return c.redirect("/rapport/", 303);
});

reportPages.get("/", async (c) => {
  const ctx = await reportContext(c);
  // Without a session (someone following "Report to IMDi" from the site): say how reporting works.
  if (!ctx) {
    return renderInShell(c, SHELL, {
      title: "Rapporter til IMDi – Rettsjekk",
      main: html`<h1 class="ds-heading" data-size="lg">Rapporter til IMDi</h1>
        <p class="ds-paragraph">Kommunen får en egen lenke fra IMDi for hver rapporteringsrunde. Åpne rapporten med den lenken. Samarbeider kommunen med andre kommuner, skal hver kommune bruke sin egen lenke.</p>
        <p class="ds-paragraph">Har kommunen ikke fått lenken, eller virker den ikke, kontakt IMDi på post@imdi.no.</p>`,
    });
  }
  const history = await versions(db(c.env.DB), ctx.roundId, ctx.code);
  const latest = history[0];
  const values = latest ? (JSON.parse(latest.values) as Record<string, Record<string, unknown>>) : {};
  const raw = Object.fromEntries(Object.entries(values).flatMap(([id, v]) => Object.entries(v).map(([k, x]) => [`${id}.${k}`, String(x)])));
  return page(c, ctx, reportForm(ctx, raw, [], latest?.version ?? 0, history));
});

reportPages.post("/sjekk", async (c) => {
  const ctx = await reportContext(c);
  if (!ctx) return notFound(c);
  const form = await c.req.parseBody();
  const expectedVersion = Number(form.expectedVersion ?? 0) || 0;
  const { values, raw } = valuesFromForm(ctx.template, form);
  const reason = String(form.reason ?? "").slice(0, MAX_REASON_LENGTH);
  const parsed = valuesSchema(ctx.template).safeParse(values);
  const errors = parsed.success ? [] : fieldErrors(parsed.error, values).map((e) => ({ field: e.field, message: messages[e.code] }));
  if (expectedVersion > 0 && reason.trim() === "") errors.push({ field: "reason", message: "Skriv kort hvorfor du endrer rapporten." });
  errors.push(...reasonErrors(reason));
  if (errors.length > 0) return page(c, ctx, reportForm(ctx, { ...raw, reason }, errors, expectedVersion, []), 400);
  const { lines, totalNok } = price(ctx.template, values);
  const hidden = fieldNames(ctx.template).map((n) => html`<input type="hidden" name="${n}" value="${raw[n] ?? ""}">`);
  return page(
    c,
    ctx,
    html`${heading(ctx)}
      <h2 class="ds-heading" data-size="md">Sjekk svarene dine</h2>
      <form method="post" action="/rapport/send" class="stack">
        ${hidden}
        <input type="hidden" name="expectedVersion" value="${expectedVersion}">
        <input type="hidden" name="reason" value="${reason}">
        <input type="hidden" name="idempotencyKey" value="${crypto.randomUUID()}">
        ${linesTable(lines, ctx.template, totalNok, true)}
        ${reason ? html`<p class="ds-paragraph">Grunn til endring: ${reason}</p>` : ""}
        <fieldset class="ds-fieldset">
          <legend class="ds-label">Bekreftelse</legend>
          <div class="ds-field">
            <input class="ds-input" type="checkbox" id="attest" name="attest" value="yes" required>
            <label class="ds-label" for="attest">Jeg bekrefter at rapporten bare inneholder antall og beløp, ingen personopplysninger, og at tiltakene ikke er rapportert før.</label>
          </div>
        </fieldset>
        <button class="ds-button" type="submit">Send rapporten</button>
      </form>`,
  );
});

reportPages.post("/send", async (c) => {
  const ctx = await reportContext(c);
  if (!ctx) return notFound(c);
  const form = await c.req.parseBody();
  const { values, raw } = valuesFromForm(ctx.template, form);
  const expectedVersion = Number(form.expectedVersion ?? 0) || 0;
  const reason = String(form.reason ?? "").slice(0, MAX_REASON_LENGTH) || undefined;
  // "Endre" on the check page: back to the form with the answers kept.
  if (form.change) return page(c, ctx, reportForm(ctx, { ...raw, reason: reason ?? "" }, [], expectedVersion, []));
  const parsed = valuesSchema(ctx.template).safeParse(values);
  // The check page checked the reason, but this post carries it again and is checked again.
  const errors = [...(parsed.success ? [] : fieldErrors(parsed.error, values).map((e) => ({ field: e.field, message: messages[e.code] }))), ...reasonErrors(reason ?? "")];
  if (!parsed.success || errors.length > 0 || form.attest !== "yes") {
    if (errors.length === 0) errors.push({ field: "attest", message: "Du må bekrefte før du sender." });
    return page(c, ctx, reportForm(ctx, { ...raw, reason: reason ?? "" }, errors, expectedVersion, []), 400);
  }
  const limiter = await c.env.SUBMIT_LIMITER.limit({ key: `${ctx.roundId}:${ctx.code}` });
  if (!limiter.success) return c.text("For mange innsendinger. Prøv igjen om et minutt.", 429, { "Retry-After": "60" });
  const result = await submit(c.env.DB, {
    roundId: ctx.roundId,
    code: ctx.code,
    idempotencyKey: String(form.idempotencyKey ?? "").slice(0, 100) || crypto.randomUUID(),
    expectedVersion,
    values: parsed.data,
    reason,
    now: new Date(),
  });
  if (result.kind === "created" && result.receiptDelivery) await queueReceipt(c.env, result.receiptDelivery);
  if (result.kind === "created" || result.kind === "replayed") return c.redirect(`/rapport/kvittering/${result.receipt.reference}`, 303);
  const why =
    result.kind === "stale"
      ? "Noen andre har sendt en nyere versjon av rapporten i mellomtiden. Se den nyeste versjonen og prøv igjen."
      : result.kind === "key-reused"
        ? "Innsendingen ble endret underveis. Gå tilbake og send på nytt."
        : result.kind === "not-open"
          ? `Runden er ikke åpnet ennå. Den åpner ${osloDateTime(ctx.opensAt)} (norsk tid).`
          : "Fristen er ute, og runden tar ikke lenger imot rapporter.";
  return page(c, ctx, html`${heading(ctx)}<div class="ds-alert" data-color="danger"><p class="ds-paragraph">${why}</p></div><p><a class="ds-link" href="/rapport/">Tilbake til rapporten</a></p>`, 409);
});

// The round's deadline for the municipality's calendar (issue #14): an all-day event on the deadline's
// date in Norway, the time in its text. Read from the session like every page here.
reportPages.get("/frist.ics", async (c) => {
  const ctx = await reportContext(c);
  if (!ctx) return notFound(c);
  const event = {
    uid: `round-${ctx.roundId}-${ctx.code}@rettsjekk`,
    date: todayInOslo(new Date(ctx.closesAt)),
    title: `Rapporteringsfrist: ${ctx.title} (${ctx.code} ${ctx.municipalityName})`,
    description: `Frist for rapporten til IMDi: ${osloDateTime(ctx.closesAt)} (norsk tid). Rapporter med kommunens egen lenke.`,
  };
  return c.body(toIcs([event], "Rapportering til IMDi"), 200, { "Content-Type": CALENDAR_TYPE, "Content-Disposition": 'attachment; filename="rettsjekk-rapporteringsfrist.ics"', "Cache-Control": "no-store" });
});

reportPages.get("/kvittering/:reference", async (c) => {
  const ctx = await reportContext(c);
  if (!ctx) return notFound(c);
  const row = await submissionByReference(db(c.env.DB), ctx.roundId, ctx.code, c.req.param("reference").slice(0, 40));
  if (!row) return notFound(c);
  const { lines, totalNok } = price(ctx.template, JSON.parse(row.values));
  return page(c, ctx, receiptView(ctx, { reference: row.reference, roundId: row.roundId, code: row.code, version: row.version, submittedAt: row.submittedAt, late: row.late, reason: row.reason, lines, totalNok }));
});

/** Logout: the session row is deleted and the cookie cleared; the link opens a new session later. */
reportPages.post("/logg-ut", async (c) => {
  await endSession(c, "municipality");
  return c.redirect("/rapport/utlogget", 303);
});

reportPages.get("/utlogget", (c) =>
  renderInShell(c, SHELL, {
    title: "Logget ut – Rettsjekk",
    main: html`<h1 class="ds-heading" data-size="lg">Du er logget ut</h1><p class="ds-paragraph">Vil du fortsette med rapporten, åpner du lenken fra IMDi på nytt.</p>`,
  }),
);

/** A page of the municipality's session, with the logout bar on top. */
function page(c: Parameters<typeof renderInShell>[0], ctx: ReportContext, main: ReturnType<typeof html>, status = 200) {
  return renderInShell(c, SHELL, { title: `${ctx.title} – ${ctx.municipalityName} – Rettsjekk`, main: html`${sessionBar(`Logget inn for ${ctx.code} ${ctx.municipalityName}`, "/rapport/logg-ut")}${main}`, status });
}

/** The correction's reason, checked as the API checks it: length and no national identity number. */
function reasonErrors(reason: string): Array<{ field: string; message: string }> {
  const checked = reasonSchema.safeParse(reason);
  return checked.success ? [] : fieldErrors(checked.error, reason).map((e) => ({ field: "reason", message: messages[e.code] }));
}
