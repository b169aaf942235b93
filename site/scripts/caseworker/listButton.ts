/** The participant list's button to the drafts and deadlines panel (loaded with the results; the panel on click). */
import { OUTPUT_STRINGS } from "../../../functions/core/i18n/outputs";
import type { Lang } from "../../../functions/core/rules/types";
import type { ListRow } from "./listRow";

export function addListButton(out: HTMLElement, lang: Lang, asOf: string, rows: () => Promise<readonly ListRow[]>): void {
  out.querySelector("[data-caseworker-list]")?.remove();
  const host = document.createElement("section");
  host.className = "stack";
  host.dataset.caseworkerList = "";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "ds-button";
  button.dataset.variant = "secondary";
  button.textContent = OUTPUT_STRINGS[lang].openPanel;
  host.append(button);
  out.append(host);
  button.addEventListener("click", () => void Promise.all([import("./list"), rows()]).then(([m, list]) => m.openListPanel(host, lang, asOf, list)), { once: true });
}
