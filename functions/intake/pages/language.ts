/**
 * Bokmål or nynorsk on the report pages: a municipality writes in its own written standard. The choice is
 * made per visit (the switch on every page) and remembered in a cookie; before any choice, the contact
 * register's målform for the municipality decides, else bokmål. Each language has its own page shell
 * (`/rapport/` and `/rapport/nn/`, built by Astro), so `<html lang>`, the header and the footer follow too.
 */
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { html, type Html } from "../../core/html";
import { INTAKE_LANGUAGES, INTAKE_STRINGS, isIntakeLang, type IntakeLang } from "../../core/i18n/intake";
import { IMDI_POSTMOTTAK } from "../../core/rules";
import type { AppEnv } from "../../http/appEnv";
import { contactByCode, db } from "../store";

const COOKIE = "malform";
const YEAR_SECONDS = 365 * 86_400;

export const REPORT_SHELL: Record<IntakeLang, string> = { nb: "/rapport/", nn: "/rapport/nn/" };

export async function intakeLang(c: Context<AppEnv>, code?: string): Promise<IntakeLang> {
  const chosen = getCookie(c, COOKIE, "host");
  if (isIntakeLang(chosen)) return chosen;
  if (code) {
    const contact = await contactByCode(db(c.env.DB), code);
    if (contact) return contact.language;
  }
  return "nb";
}

export function rememberLang(c: Context<AppEnv>, lang: IntakeLang): void {
  setCookie(c, COOKIE, lang, { path: "/", secure: true, httpOnly: true, sameSite: "Lax", maxAge: YEAR_SECONDS, prefix: "host" });
}

/**
 * The switch: one button per written standard, the current one pressed. On a page with its own form the
 * buttons belong to that form (`form`/`formaction`), so what was typed goes along and is kept; elsewhere
 * they post the page's path, to come back to it in the other language.
 */
export function languageSwitch(lang: IntakeLang, target: { back: string } | { form: string }): Html {
  const w = INTAKE_STRINGS[lang];
  const buttons = INTAKE_LANGUAGES.map(
    (l) =>
      html`<button class="ds-button" data-variant="tertiary" data-size="sm" type="submit" name="malform" value="${l}" lang="${l}" aria-pressed="${l === lang ? "true" : "false"}" ${"form" in target ? html`form="${target.form}" formaction="/rapport/malform"` : ""}>${INTAKE_STRINGS[l].languageName}</button>`,
  );
  const group = html`<div class="lang-choice" role="group" aria-labelledby="lang-choice-label"><span class="ds-paragraph" data-size="sm" id="lang-choice-label">${w.languageChoice}:</span>${buttons}</div>`;
  return "form" in target
    ? html`<div class="no-print">${group}</div>`
    : html`<form method="post" action="/rapport/malform" class="no-print"><input type="hidden" name="tilbake" value="${target.back}">${group}</form>`;
}

/** A report path the switch may return to; anything else goes to the report's first page. */
export function backPath(value: unknown): string {
  const path = String(value ?? "");
  return /^\/rapport\/(sjekk|utlogget|kvittering\/RS-[A-Z0-9]{1,30})?$/.test(path) ? path : "/rapport/";
}

/** A sentence with IMDi's address in it (`{epost}`), the address as a mailto link. */
export function withPostmottak(text: string): Html {
  const [before = "", after = ""] = text.split("{epost}");
  return html`${before}<a class="ds-link" href="mailto:${IMDI_POSTMOTTAK.email}">${IMDI_POSTMOTTAK.email}</a>${after}`;
}
