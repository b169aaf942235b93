/** What every admin page shares: the shell it is rendered into, and the login form shown to anyone not logged in. */
import type { Context } from "hono";
import { html, type Html } from "../../core/html";
import type { AppEnv } from "../../http/appEnv";
import { checkAdmin, LOCKOUT_SECONDS } from "../admin/auth";
import { renderInShell } from "../../pages/shell";
import { sessionBar } from "./sessionBar";

const SHELL = "/admin/";

/**
 * An admin page. When the request's admin credential was checked and held (admin/auth.ts sets the
 * actor), the logout bar goes on top, so every admin page has it, whichever module renders it.
 */
export const page = (c: Parameters<typeof renderInShell>[0], main: Html, status = 200, headers?: Record<string, string>) => {
  const who = c.get("admin" as never) as string | undefined;
  return renderInShell(c, SHELL, { title: "Administrasjon – Rettsjekk", main: who ? html`${sessionBar(loggedInAs(who), "/admin/logg-ut")}${main}` : main, status, headers });
};

const loggedInAs = (actor: string) => (actor.startsWith("access:") ? `Logget inn som ${actor.slice("access:".length)}` : "Logget inn med administratornøkkelen");

export function login() {
  return html`<h1 class="ds-heading" data-size="lg">Logg inn</h1>
    <p class="ds-paragraph">I produksjon logger IMDi-ansatte inn med Cloudflare Access. Lokalt bruker du nøkkelen i <code>.dev.vars</code> (ADMIN_TOKEN).</p>
    <form method="post" action="/admin/logg-inn" class="stack">
      <div class="ds-field"><label class="ds-label" for="token">Administratornøkkel</label><input class="ds-input" id="token" name="token" type="password" autocomplete="current-password" required></div>
      <button class="ds-button" type="submit">Logg inn</button>
    </form>`;
}

/** A page for an admin only: the login form without a credential, 429 while the client is locked out. */
export async function asAdmin(c: Context<AppEnv>, render: (who: string) => Promise<Response>): Promise<Response> {
  const check = await checkAdmin(c);
  if ("actor" in check) return render(check.actor);
  if (check.refused === "limited") return locked(c);
  return page(c, login(), check.refused === "none" && c.req.method === "GET" ? 200 : 401);
}

export const locked = (c: Context<AppEnv>) =>
  page(c, html`<div class="ds-alert" data-color="danger"><p class="ds-paragraph">For mange mislykkede forsøk. Vent et minutt før du prøver igjen.</p></div>`, 429, { "Retry-After": String(LOCKOUT_SECONDS) });
