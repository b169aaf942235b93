import { html, type Html } from "../../core/html";
import { INTAKE_STRINGS, type IntakeLang } from "../../core/i18n/intake";
import type { ReportLine } from "../../core/rules";
import type { ReportContext } from "../context";
import { osloDateTime } from "../osloTime";
import { MAX_REASON_LENGTH } from "../values";
import type { FormError } from "./form";
import { lineFields } from "./form";
import { languageSwitch } from "./language";
import { cooperationWarning, countsOnly, errorSummary, heading, lineHelp, lineLabel } from "./views";

export type Version = { version: number; submittedAt: string; reason: string | null; late: boolean; reference: string };

export const FORM_ID = "rapport-skjema";

/** Each field's label by its name, so the error summary says which field a message is about. */
function fieldLabels(ctx: ReportContext, lang: IntakeLang): Record<string, string> {
  const w = INTAKE_STRINGS[lang].form;
  const labels: Record<string, string> = { reason: w.reasonLabel };
  for (const line of ctx.template.lines) {
    for (const { name, part } of lineFields(line)) {
      labels[name] = part === "places" || part === "months" ? `${lineLabel(line, lang)}, ${w[part].toLowerCase()}` : lineLabel(line, lang);
    }
  }
  return labels;
}

/**
 * The report form: one field per line part, each saying who counts and at what rate before anything is
 * typed; previous answers kept, errors beside their fields. After a first report, a banner says so and the
 * form becomes a correction (with its reason).
 */
export function reportForm(ctx: ReportContext, lang: IntakeLang, raw: Record<string, string>, errors: FormError[], expectedVersion: number, history: Version[], now = new Date()): Html {
  const w = INTAKE_STRINGS[lang];
  const errorFor = (name: string) => errors.find((e) => e.field === name)?.message;
  const described = (id: string, error: string | undefined, help: boolean) => [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const field = (name: string, label: string, kind: "number" | "text", help?: Html, maxLength?: number) => {
    const error = errorFor(name);
    const describedBy = described(name, error, help !== undefined);
    return html`<div class="ds-field">
      <label class="ds-label" for="${name}">${label}</label>
      ${help ? html`<p class="ds-paragraph" data-size="sm" data-field="description" id="${name}-help">${help}</p>` : ""}
      ${error ? html`<p class="ds-validation-message" id="${name}-error" data-color="danger">${error}</p>` : ""}
      ${kind === "text"
        ? html`<textarea class="ds-input" id="${name}" name="${name}" rows="5" maxlength="${maxLength ?? 2000}" aria-invalid="${error ? "true" : "false"}" ${describedBy ? html`aria-describedby="${describedBy}"` : ""}>${raw[name] ?? ""}</textarea>`
        : html`<input class="ds-input report-number" id="${name}" name="${name}" inputmode="numeric" autocomplete="off" value="${raw[name] ?? ""}" aria-invalid="${error ? "true" : "false"}" ${describedBy ? html`aria-describedby="${describedBy}"` : ""}>`}
    </div>`;
  };
  const lineInput = (line: ReportLine) => {
    const help = lineHelp(line, ctx, lang);
    switch (line.type) {
      case "places-months":
        return html`<fieldset class="ds-fieldset" aria-describedby="${line.id}-help"><legend class="ds-label">${lineLabel(line, lang)}</legend>
          <p class="ds-paragraph" data-size="sm" id="${line.id}-help">${help}</p>
          ${field(`${line.id}.places`, w.form.places, "number")}${field(`${line.id}.months`, w.form.months, "number")}</fieldset>`;
      case "text":
        return field(`${line.id}.text`, lineLabel(line, lang), "text", help, line.maxLength);
      case "amount":
        return field(`${line.id}.nok`, lineLabel(line, lang), "number", help);
      case "count":
        return field(`${line.id}.count`, lineLabel(line, lang), "number", help);
    }
  };
  const nowIso = now.toISOString();
  const closed = nowIso > ctx.closesAt && !ctx.allowLate;
  const notOpen = nowIso < ctx.opensAt;
  const open = !closed && !notOpen;
  const latest = history[0];
  return html`${languageSwitch(lang, open ? { form: FORM_ID } : { back: "/rapport/" })}
    ${heading(ctx, lang)}
    ${errorSummary(errors, fieldLabels(ctx, lang), w.fields.summary)}
    ${latest
      ? html`<div class="ds-alert" data-color="success" role="status"><h2 class="ds-heading" data-size="xs">${w.form.reported(latest.version, latest.reference)}</h2>
          <p class="ds-paragraph">${w.form.reportedText(osloDateTime(latest.submittedAt))} <a class="ds-link" href="/rapport/kvittering/${latest.reference}">${w.form.seeReceipt}</a></p>
          ${open ? html`<p class="ds-paragraph">${w.form.correctHint}</p>` : ""}</div>`
      : ""}
    ${cooperationWarning(lang)}
    ${history.length > 0
      ? html`<h2 class="ds-heading" data-size="sm">${w.form.versions}</h2>
      <ul class="ds-list">${history.map((v) => html`<li><a class="ds-link" href="/rapport/kvittering/${v.reference}">${w.form.versionItem(v.version)}</a>, ${osloDateTime(v.submittedAt)}${v.late ? ` (${w.form.afterDeadline})` : ""}${v.reason ? `: ${v.reason}` : ""}</li>`)}</ul>`
      : ""}
    ${notOpen
      ? html`<div class="ds-alert" data-color="info"><p class="ds-paragraph">${w.form.notOpen(osloDateTime(ctx.opensAt))}</p></div>`
      : closed
        ? html`<div class="ds-alert" data-color="info"><p class="ds-paragraph">${w.form.closed}</p></div>`
        : html`<form method="post" action="/rapport/sjekk" class="stack" id="${FORM_ID}" novalidate>
      ${countsOnly(lang)}
      ${ctx.template.lines.map(lineInput)}
      <input type="hidden" name="expectedVersion" value="${expectedVersion}">
      ${expectedVersion > 0 ? field("reason", w.form.reasonLabel, "text", html`${w.form.reasonHint}`, MAX_REASON_LENGTH) : ""}
      <button class="ds-button" type="submit">${w.form.continue}</button>
    </form>`}`;
}
