/**
 * The municipality's report pages, without JavaScript: link → session → form → check your answers →
 * attestation → receipt, in bokmål or nynorsk (pages/language.ts). Rendered into the site's report shell.
 * Every page reads the round and municipality from the session only. Every post ends in a redirect to a
 * page (post/redirect/get): the checked answers wait in the session, so reloading the check page, or going
 * Back to it after sending, never posts again; Back after sending shows the receipt.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../http/appEnv";
import { html, type Html } from "../../core/html";
import { renderInShell } from "../../pages/shell";
import { INTAKE_STRINGS, isIntakeLang, type IntakeLang } from "../../core/i18n/intake";
import { reportContext, type ReportContext } from "../context";
import { osloDateTime } from "../osloTime";
import { CALENDAR_TYPE } from "../../formats/calendar";
import { sha256 } from "../crypto";
import { audit } from "../admin/audit";
import { endSession, saveSessionDraft, sessionDraft, startSession } from "../session";
import { activeLinkByHash, db, idempotencyRecord, submissionByReference, versions } from "../store";
import { queueReceipt } from "../mail/receipt";
import { submit, type Receipt } from "../submit";
import { MAX_REASON_LENGTH, price, type ReportValues } from "../values";
import { deadlineIcs } from "../deadlineCalendar";
import { fieldNames, reasonErrors, valuesFromForm } from "./form";
import { backPath, intakeLang, languageSwitch, rememberLang, REPORT_SHELL, withPostmottak } from "./language";
import { errorSummary, heading, linesSummary, receiptView } from "./views";
import { reportForm } from "./reportForm";
import { sessionBar } from "./sessionBar";

export const reportPages = new Hono<AppEnv>();

/** The checked answers waiting for the check page, kept with the session (never a token or a person's data). */
const DraftSchema = z.object({
  raw: z.record(z.string(), z.string()),
  reason: z.string().max(MAX_REASON_LENGTH),
  expectedVersion: z.number().int().min(0),
  key: z.string().min(8).max(100),
});
type Draft = z.infer<typeof DraftSchema>;

async function readDraft(c: Context<AppEnv>): Promise<Draft | undefined> {
  const stored = await sessionDraft(c);
  if (!stored) return undefined;
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The receipt a draft's key was already sent with, if it was. */
async function sentWith(c: Context<AppEnv>, ctx: ReportContext, key: string): Promise<Receipt | undefined> {
  const row = await idempotencyRecord(db(c.env.DB), `${ctx.roundId}:${ctx.code}:${key}`);
  return row?.response ? (JSON.parse(row.response) as Receipt) : undefined;
}

function shellPage(c: Context<AppEnv>, lang: IntakeLang, title: string, main: Html, status = 200) {
  return renderInShell(c, REPORT_SHELL[lang], { title, main, status });
}

async function notFound(c: Context<AppEnv>) {
  const lang = await intakeLang(c);
  const w = INTAKE_STRINGS[lang].notFound;
  return shellPage(c, lang, `${w.title} – Rettsjekk`, html`<h1 class="ds-heading" data-size="lg">${w.title}</h1><p class="ds-paragraph">${withPostmottak(w.text)}</p>`, 404);
}

/** A page of the municipality's session, with the logout bar on top. */
function page(c: Context<AppEnv>, ctx: ReportContext, lang: IntakeLang, main: Html, status = 200) {
  const w = INTAKE_STRINGS[lang];
  return shellPage(c, lang, w.pageTitle(ctx.title, ctx.municipalityName), html`${sessionBar(w.loggedInFor(ctx.code, ctx.municipalityName), "/rapport/logg-ut", w.logout)}${main}`, status);
}

/** The form as it stands: the draft being checked (if it still is one), else the latest version sent. */
async function formPage(c: Context<AppEnv>, ctx: ReportContext, lang: IntakeLang) {
  const history = await versions(db(c.env.DB), ctx.roundId, ctx.code);
  const latestVersion = history[0]?.version ?? 0;
  const draft = await readDraft(c);
  if (draft && draft.expectedVersion === latestVersion && !(await sentWith(c, ctx, draft.key))) {
    return page(c, ctx, lang, reportForm(ctx, lang, { ...draft.raw, reason: draft.reason }, [], latestVersion, history));
  }
  const values = history[0] ? (JSON.parse(history[0].values) as Record<string, Record<string, unknown>>) : {};
  const raw = Object.fromEntries(Object.entries(values).flatMap(([id, v]) => Object.entries(v).map(([k, x]) => [`${id}.${k}`, String(x)])));
  return page(c, ctx, lang, reportForm(ctx, lang, raw, [], latestVersion, history));
}

// The link: exchanged for a session cookie at once, then a redirect to a clean URL without the token.
reportPages.get("/lenke/:token", async (c) => {
  const limiter = await c.env.LINK_LIMITER.limit({ key: c.req.header("cf-connecting-ip") ?? "local" });
  if (!limiter.success) return c.text(INTAKE_STRINGS[await intakeLang(c)].tooManyAttempts, 429, { "Retry-After": "60" });
  const token = c.req.param("token");
  // Always hash and look up, whatever the token looks like, so unknown and revoked links take the same time.
  const link = await activeLinkByHash(db(c.env.DB), await sha256(token.slice(0, 200)));
  if (!link) return notFound(c);
  await startSession(c, "municipality", link.id);
  return c.redirect("/rapport/", 303);
});

reportPages.get("/", async (c) => {
  const ctx = await reportContext(c);
  const lang = await intakeLang(c, ctx?.code);
  // Without a session (someone following "Report to IMDi" from the site): say how reporting works.
  if (!ctx) {
    const w = INTAKE_STRINGS[lang].landing;
    return shellPage(
      c,
      lang,
      `${w.title} – Rettsjekk`,
      html`${languageSwitch(lang, { back: "/rapport/" })}<h1 class="ds-heading" data-size="lg">${w.title}</h1>
        <p class="ds-paragraph">${w.lead}</p>
        <p class="ds-paragraph">${withPostmottak(w.noLink)}</p>`,
    );
  }
  return formPage(c, ctx, lang);
});

/** "Nynorsk" as an address: /rapport/nn/ chooses nynorsk and opens the report. */
reportPages.get("/nn", (c) => {
  rememberLang(c, "nn");
  return c.redirect("/rapport/", 303);
});

/**
 * The written-standard switch. From the form, everything typed comes along and the form is shown again in
 * the other language with nothing lost; from any other page, back to that page.
 */
reportPages.post("/malform", async (c) => {
  const form = await c.req.parseBody();
  const lang: IntakeLang = isIntakeLang(form.malform) ? form.malform : "nb";
  rememberLang(c, lang);
  const ctx = await reportContext(c);
  if (ctx && form.expectedVersion !== undefined) {
    const raw = Object.fromEntries(fieldNames(ctx.template).map((n) => [n, String(form[n] ?? "").trim()]));
    const expectedVersion = Number(form.expectedVersion) || 0;
    const history = await versions(db(c.env.DB), ctx.roundId, ctx.code);
    return page(c, ctx, lang, reportForm(ctx, lang, { ...raw, reason: String(form.reason ?? "").slice(0, MAX_REASON_LENGTH) }, [], expectedVersion, history));
  }
  return c.redirect(backPath(form.tilbake), 303);
});

reportPages.post("/sjekk", async (c) => {
  const ctx = await reportContext(c);
  if (!ctx) return notFound(c);
  const lang = await intakeLang(c, ctx.code);
  const form = await c.req.parseBody();
  const expectedVersion = Number(form.expectedVersion ?? 0) || 0;
  const { raw, errors } = valuesFromForm(ctx.template, form, INTAKE_STRINGS[lang], lang);
  const reason = String(form.reason ?? "").slice(0, MAX_REASON_LENGTH);
  errors.push(...reasonErrors(reason, expectedVersion > 0, INTAKE_STRINGS[lang], lang));
  if (errors.length > 0) {
    const history = await versions(db(c.env.DB), ctx.roundId, ctx.code);
    return page(c, ctx, lang, reportForm(ctx, lang, { ...raw, reason }, errors, expectedVersion, history), 400);
  }
  const draft: Draft = { raw, reason, expectedVersion, key: crypto.randomUUID() };
  await saveSessionDraft(c, JSON.stringify(draft));
  return c.redirect("/rapport/sjekk", 303);
});

reportPages.get("/sjekk", async (c) => {
  const ctx = await reportContext(c);
  if (!ctx) return notFound(c);
  const lang = await intakeLang(c, ctx.code);
  const draft = await readDraft(c);
  if (!draft) return c.redirect("/rapport/", 303);
  // Back after sending: this draft went in; show what it became.
  const sent = await sentWith(c, ctx, draft.key);
  if (sent) return c.redirect(`/rapport/kvittering/${sent.reference}`, 303);
  const w = INTAKE_STRINGS[lang];
  const { values, errors } = valuesFromForm(ctx.template, draft.raw, w, lang);
  if (errors.length > 0) return c.redirect("/rapport/", 303);
  const { lines } = price(ctx.template, values);
  const attestError = c.req.query("bekreft") !== undefined ? w.fields.attest : undefined;
  const hidden = fieldNames(ctx.template).map((n) => html`<input type="hidden" name="${n}" value="${draft.raw[n] ?? ""}">`);
  return page(
    c,
    ctx,
    lang,
    html`${languageSwitch(lang, { back: "/rapport/sjekk" })}${heading(ctx, lang)}
      <h2 class="ds-heading" data-size="md">${w.check.title}</h2>
      ${errorSummary(attestError ? [{ field: "attest", message: attestError }] : [], {}, w.fields.summary)}
      ${linesSummary(lines, ctx, values, lang, true)}
      ${draft.reason ? html`<p class="ds-paragraph">${w.check.reason}: ${draft.reason}</p>` : ""}
      <form method="post" action="/rapport/send" class="stack">
        ${hidden}
        <input type="hidden" name="expectedVersion" value="${draft.expectedVersion}">
        <input type="hidden" name="reason" value="${draft.reason}">
        <input type="hidden" name="idempotencyKey" value="${draft.key}">
        <fieldset class="ds-fieldset">
          <legend class="ds-label">${w.check.attestLegend}</legend>
          <div class="ds-field">
            ${attestError ? html`<p class="ds-validation-message" id="attest-error" data-color="danger">${attestError}</p>` : ""}
            <input class="ds-input" type="checkbox" id="attest" name="attest" value="yes" required ${attestError ? html`aria-invalid="true" aria-describedby="attest-error"` : ""}>
            <label class="ds-label" for="attest">${draft.expectedVersion > 0 ? w.check.attestCorrection(draft.expectedVersion) : w.check.attestFirst}</label>
          </div>
        </fieldset>
        <button class="ds-button" type="submit">${w.check.send}</button>
      </form>`,
  );
});

reportPages.post("/send", async (c) => {
  const ctx = await reportContext(c);
  if (!ctx) return notFound(c);
  const lang = await intakeLang(c, ctx.code);
  const w = INTAKE_STRINGS[lang];
  const form = await c.req.parseBody();
  const { values, raw, errors } = valuesFromForm(ctx.template, form, w, lang);
  const expectedVersion = Number(form.expectedVersion ?? 0) || 0;
  const reason = String(form.reason ?? "").slice(0, MAX_REASON_LENGTH);
  // The check page checked everything, but this post carries it all again and is checked again.
  errors.push(...reasonErrors(reason, expectedVersion > 0, w, lang));
  if (errors.length === 0 && form.attest !== "yes") errors.push({ field: "attest", message: w.fields.attest });
  if (errors.length > 0) {
    if (errors.every((e) => e.field === "attest")) {
      // Only the attestation is missing: back to the check page, which says so.
      return c.redirect("/rapport/sjekk?bekreft", 303);
    }
    const history = await versions(db(c.env.DB), ctx.roundId, ctx.code);
    return page(c, ctx, lang, reportForm(ctx, lang, { ...raw, reason }, errors, expectedVersion, history), 400);
  }
  const limiter = await c.env.SUBMIT_LIMITER.limit({ key: `${ctx.roundId}:${ctx.code}` });
  if (!limiter.success) return c.text(w.tooManySubmissions, 429, { "Retry-After": "60" });
  const result = await submit(c.env.DB, {
    roundId: ctx.roundId,
    code: ctx.code,
    idempotencyKey: String(form.idempotencyKey ?? "").slice(0, 100) || crypto.randomUUID(),
    expectedVersion,
    values,
    reason: reason || undefined,
    now: new Date(),
  });
  if (result.kind === "created" && result.receiptDelivery) await queueReceipt(c.env, result.receiptDelivery);
  if (result.kind === "created" || result.kind === "replayed") return c.redirect(`/rapport/kvittering/${result.receipt.reference}`, 303);
  const why = result.kind === "stale" ? w.sent.stale : result.kind === "key-reused" ? w.sent.keyReused : result.kind === "not-open" ? w.sent.notOpen(osloDateTime(ctx.opensAt)) : w.sent.closed;
  return page(c, ctx, lang, html`${heading(ctx, lang)}<div class="ds-alert" data-color="danger"><p class="ds-paragraph">${why}</p></div><p><a class="ds-link" href="/rapport/">${w.sent.back}</a></p>`, 409);
});

// The round's deadline for the municipality's calendar (issue #14): the same event the e-mails carry.
reportPages.get("/frist.ics", async (c) => {
  const ctx = await reportContext(c);
  if (!ctx) return notFound(c);
  const lang = await intakeLang(c, ctx.code);
  return c.body(deadlineIcs(ctx, lang), 200, {
    "Content-Type": CALENDAR_TYPE,
    "Content-Disposition": `attachment; filename="${INTAKE_STRINGS[lang].calendar.fileName}"`,
    "Cache-Control": "no-store",
  });
});

reportPages.get("/kvittering/:reference", async (c) => {
  const ctx = await reportContext(c);
  if (!ctx) return notFound(c);
  const lang = await intakeLang(c, ctx.code);
  const d = db(c.env.DB);
  const reference = c.req.param("reference").slice(0, 40);
  const row = await submissionByReference(d, ctx.roundId, ctx.code, reference);
  if (!row) return notFound(c);
  const latest = (await versions(d, ctx.roundId, ctx.code))[0];
  const values = JSON.parse(row.values) as ReportValues;
  const { lines, totalNok } = price(ctx.template, values);
  return page(
    c,
    ctx,
    lang,
    html`${languageSwitch(lang, { back: `/rapport/kvittering/${row.reference}` })}${receiptView(
      ctx,
      { reference: row.reference, roundId: row.roundId, code: row.code, version: row.version, submittedAt: row.submittedAt, late: row.late, reason: row.reason, lines, totalNok, values },
      latest,
      lang,
    )}`,
  );
});

/** Logout: audited, the session row deleted and the cookie cleared; the link opens a new session later. */
reportPages.post("/logg-ut", async (c) => {
  const ctx = await reportContext(c);
  if (ctx) await audit(c.env.DB, { actor: `municipality:${ctx.code}`, action: "report.logout", roundId: ctx.roundId, code: ctx.code });
  await endSession(c, "municipality");
  return c.redirect("/rapport/utlogget", 303);
});

reportPages.get("/utlogget", async (c) => {
  const lang = await intakeLang(c);
  const w = INTAKE_STRINGS[lang].loggedOut;
  return shellPage(c, lang, `${w.title} – Rettsjekk`, html`${languageSwitch(lang, { back: "/rapport/utlogget" })}<h1 class="ds-heading" data-size="lg">${w.title}</h1><p class="ds-paragraph">${w.text}</p>`);
});
