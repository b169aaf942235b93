/** What every admin page shares: the shell it is rendered into, and the login form shown to anyone not logged in. */
import { html, type Html } from "../../core/html";
import { renderInShell } from "../../pages/shell";

const SHELL = "/admin/";

export const page = (c: Parameters<typeof renderInShell>[0], main: Html, status = 200) => renderInShell(c, SHELL, { title: "Administrasjon – Rettsjekk", main, status });

export function login() {
  return html`<h1 class="ds-heading" data-size="lg">Logg inn</h1>
    <p class="ds-paragraph">I produksjon logger IMDi-ansatte inn med Cloudflare Access. Lokalt bruker du nøkkelen i <code>.dev.vars</code> (ADMIN_TOKEN).</p>
    <form method="post" action="/admin/logg-inn" class="stack">
      <div class="ds-field"><label class="ds-label" for="token">Administratornøkkel</label><input class="ds-input" id="token" name="token" type="password" autocomplete="current-password" required></div>
      <button class="ds-button" type="submit">Logg inn</button>
    </form>`;
}
