/**
 * The report and admin pages' only script, and none of it is needed: every page works without it.
 * It adds what needs a script: the participant list's counts filled into the report form, a print button
 * on the receipt, and a copy button beside links shown once. Buttons for these stay hidden without it.
 */
import { applyPrefill } from "./batch/prefill";

if (location.pathname.startsWith("/rapport/")) applyPrefill();

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const source = document.getElementById(button.dataset.copy ?? "");
  const status = document.getElementById(`${button.dataset.copy}-status`);
  if (!(source instanceof HTMLTextAreaElement) || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.value);
      if (status) status.textContent = button.dataset.copied ?? "";
    } catch {
      source.select();
    }
  });
}
