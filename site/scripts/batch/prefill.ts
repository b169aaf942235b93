/**
 * On the report pages: fill the counts handed over from the participant-list check (saved in this
 * browser's localStorage) into the report form, mark each filled field and say where the numbers came
 * from, then forget them. Where there is no form yet (the report link has not been opened in this
 * browser), the counts stay saved and the page says so.
 */
import { dayMonthYear } from "../../../functions/core/batch/cells";
import { PREFILL_KEY, readHandOver, type HandOverLine } from "../../../functions/core/batch/prefill";
import { fillTemplate } from "../../../functions/core/batch/words";
import { HAND_OVER } from "../../../functions/core/i18n/handOver";
import type { HandOverStrings } from "../../../functions/core/i18n/schema";
import { pageLanguage } from "../pageLanguage";

export function applyPrefill(): void {
  const stored = readHandOver(localStorage.getItem(PREFILL_KEY));
  const page = document.querySelector<HTMLElement>("main .page");
  if (!stored || !page) return;
  const h = HAND_OVER[pageLanguage()];
  const date = dayMonthYear(new Date(`${stored.asOf}T00:00:00Z`));
  const fields = Object.entries(stored.lines).flatMap(([line, value]) => {
    const input = document.querySelector<HTMLInputElement>(`form input[name="${CSS.escape(`${line}.count`)}"]:not([type=hidden])`);
    return input ? [{ input, value }] : [];
  });
  const notice = (text: string) => {
    const alert = document.createElement("div");
    alert.className = "ds-alert";
    alert.dataset.color = "info";
    alert.dataset.prefillNotice = "";
    const p = document.createElement("p");
    p.className = "ds-paragraph";
    p.textContent = text;
    alert.append(p);
    return alert;
  };
  if (fields.length === 0) {
    const heading = page.querySelector("h1");
    (heading ?? page.firstElementChild)?.after(notice(fillTemplate(h.waiting, { date })));
    return;
  }
  for (const { input, value } of fields) mark(input, value, h);
  const form = fields[0]!.input.closest("form");
  form?.before(notice(fillTemplate(h.filled, { date, rows: stored.rows })));
  localStorage.removeItem(PREFILL_KEY);
}

/** Fills one field and says, beside it, that the number came from the list and what it leaves out. */
function mark(input: HTMLInputElement, value: HandOverLine, h: HandOverStrings): void {
  input.value = String(value.count);
  const note = document.createElement("p");
  note.className = "ds-paragraph";
  note.dataset.size = "sm";
  note.dataset.fromList = "";
  note.id = `${input.id}-from-list`;
  const assessed = value.assessed === 0 ? "" : ` ${fillTemplate(value.assessedIncluded ? h.assessedIncluded : h.assessedLeftOut, { assessed: value.assessed })}`;
  note.textContent = `${fillTemplate(h.fromList, { n: value.count })}${assessed}`;
  input.before(note);
  input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), note.id].filter(Boolean).join(" "));
}
