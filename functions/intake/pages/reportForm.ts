import { html, type Html } from "../../core/html";
import type { ReportContext } from "../context";
import { osloDateTime } from "../osloTime";
import { MAX_REASON_LENGTH } from "../values";
import { fieldNames } from "./form";
import { cooperationWarning, countsOnly, errorSummary, heading, lineLabel } from "./views";

type Version = { version: number; submittedAt: string; totalNok: number; reason: string | null; late: boolean; reference: string };

/** The report form: one field per line part, previous answers kept, errors beside their fields. */
const REASON_LABEL = "Hvorfor endrer du rapporten?";
const PART_LABELS: Record<string, string> = { places: "Antall plasser", months: "Antall måneder" };

/** Each field's label by its name, so the error summary says which field a message is about. */
function fieldLabels(ctx: ReportContext): Record<string, string> {
  const labels: Record<string, string> = { reason: REASON_LABEL };
  for (const line of ctx.template.lines) {
    for (const name of fieldNames({ lines: [line] })) {
      const part = name.slice(line.id.length + 1);
      labels[name] = PART_LABELS[part] ? `${lineLabel(line)}, ${PART_LABELS[part].toLowerCase()}` : lineLabel(line);
    }
  }
  return labels;
}

export function reportForm(ctx: ReportContext, raw: Record<string, string>, errors: Array<{ field: string; message: string }>, expectedVersion: number, history: Version[]): Html {
  const errorFor = (name: string) => errors.find((e) => e.field === name)?.message;
  const input = (name: string, label: string, kind: "number" | "text", maxLength?: number) => {
    const error = errorFor(name);
    const id = name;
    return html`<div class="ds-field">
      <label class="ds-label" for="${id}">${label}</label>
      ${error ? html`<p class="ds-validation-message" id="${id}-error" data-color="danger">${error}</p>` : ""}
      ${kind === "text"
        ? html`<textarea class="ds-input" id="${id}" name="${name}" rows="5" maxlength="${maxLength ?? 2000}" aria-invalid="${error ? "true" : "false"}" ${error ? html`aria-describedby="${id}-error"` : ""}>${raw[name] ?? ""}</textarea>`
        : html`<input class="ds-input" id="${id}" name="${name}" inputmode="numeric" pattern="[0-9 ]*" autocomplete="off" value="${raw[name] ?? ""}" aria-invalid="${error ? "true" : "false"}" ${error ? html`aria-describedby="${id}-error"` : ""}>`}
    </div>`;
  };
  const now = new Date().toISOString();
  const closed = now > ctx.closesAt && !ctx.allowLate;
  const notOpen = now < ctx.opensAt;
  return html`${heading(ctx)}
    ${errorSummary(errors, fieldLabels(ctx))}
    ${cooperationWarning}
    ${history.length > 0 ? html`<h2 class="ds-heading" data-size="sm">Innsendte versjoner</h2>
      <ul class="ds-list">${history.map((v) => html`<li><a class="ds-link" href="/rapport/kvittering/${v.reference}">Versjon ${v.version}</a>, ${osloDateTime(v.submittedAt)}${v.late ? " (etter fristen)" : ""}${v.reason ? `: ${v.reason}` : ""}</li>`)}</ul>` : ""}
    ${notOpen
      ? html`<div class="ds-alert" data-color="info"><p class="ds-paragraph">Runden er ikke åpnet ennå. Den åpner ${osloDateTime(ctx.opensAt)} (norsk tid). Du kan rapportere fra da.</p></div>`
      : closed
      ? html`<div class="ds-alert" data-color="info"><p class="ds-paragraph">Fristen er ute. Rapporten kan ikke endres.</p></div>`
      : html`<form method="post" action="/rapport/sjekk" class="stack" novalidate>
      ${countsOnly}
      ${ctx.template.lines.map((line) =>
        line.type === "places-months"
          ? html`<fieldset class="ds-fieldset"><legend class="ds-label">${lineLabel(line)}</legend>${input(`${line.id}.places`, PART_LABELS.places!, "number")}${input(`${line.id}.months`, PART_LABELS.months!, "number")}</fieldset>`
          : line.type === "text"
            ? input(`${line.id}.text`, lineLabel(line), "text", line.maxLength)
            : input(`${line.id}.${line.type === "amount" ? "nok" : "count"}`, lineLabel(line), "number"),
      )}
      <input type="hidden" name="expectedVersion" value="${expectedVersion}">
      ${expectedVersion > 0 ? input("reason", REASON_LABEL, "text", MAX_REASON_LENGTH) : ""}
      <button class="ds-button" type="submit">Fortsett</button>
    </form>`}`;
}
