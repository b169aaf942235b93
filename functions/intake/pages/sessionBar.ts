import { html, type Html } from "../../core/html";

/**
 * The bar on top of every page of a logged-in admin or municipality: who is logged in, and a logout
 * button. Logout is a POST form (a link could be fired by another site), so the same-origin check guards it.
 */
export function sessionBar(who: string, logoutPath: "/admin/logg-ut" | "/rapport/logg-ut", logout = "Logg ut"): Html {
  return html`<form method="post" action="${logoutPath}" class="session-bar no-print">
    <p class="ds-paragraph" data-size="sm">${who}</p>
    <button class="ds-button" data-variant="secondary" data-size="sm" type="submit">${logout}</button>
  </form>`;
}
