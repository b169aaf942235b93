/**
 * The admin's new-round form: dates as dd.mm.åååå and times as tt:mm in Norwegian time (ISO dates are
 * read too), templates by name, municipality numbers as staff write them: an old number is mapped to
 * today's where that is unambiguous (renumbered or merged, as the vaccination table does) and said so,
 * a split one is refused with what it became. An invalid form comes back filled in, each error beside its
 * field and in a summary on top.
 */
import { html, type Html } from "../../core/html";
import { admin as w } from "../../core/i18n/nb/admin";
import { formatters } from "../../core/i18n";
import { explainCode } from "../../core/municipalities";
import { REPORT_TEMPLATES, type ReportTemplateId } from "../../core/rules";
import { NewRoundSchema } from "../admin/newRound";
import type { NewRound } from "../admin/rounds";
import { DEFAULT_REMINDERS, remindersFromForm } from "../mail/schedule";
import { osloLocalToUtc } from "../osloTime";
import { errorSummary } from "./views";

const f = formatters("nb");

export type RoundFormValues = Record<"template" | "title" | "opensDate" | "opensTime" | "closesDate" | "closesTime" | "municipalities" | "reminders" | "allowLate", string>;
export interface RoundFormError {
  field: keyof RoundFormValues;
  message: string;
}

export const emptyRoundForm = (): RoundFormValues => ({
  template: REPORT_TEMPLATES[0]!.id,
  title: "",
  opensDate: "",
  opensTime: "08:00",
  closesDate: "",
  closesTime: "23:59",
  municipalities: "",
  reminders: DEFAULT_REMINDERS.map((r) => r.daysBefore).join(", "),
  allowLate: "",
});

/** The form's fields as posted (a `…At` field from an older form, "2026-12-01T08:00", is read as date and time). */
export function roundFormValues(form: Record<string, unknown>): RoundFormValues {
  const text = (name: string) => String(form[name] ?? "").trim();
  const [opensAtDate = "", opensAtTime = ""] = text("opensAt").split("T");
  const [closesAtDate = "", closesAtTime = ""] = text("closesAt").split("T");
  return {
    template: text("template"),
    title: text("title"),
    opensDate: text("opensDate") || opensAtDate,
    opensTime: text("opensTime") || opensAtTime,
    closesDate: text("closesDate") || closesAtDate,
    closesTime: text("closesTime") || closesAtTime,
    municipalities: text("municipalities"),
    reminders: text("reminders"),
    allowLate: form.allowLate === "ja" ? "ja" : "",
  };
}

/** "01.12.2026", "1.12.2026" or "2026-12-01" → "2026-12-01"; anything else undefined. */
export function readDate(text: string): string | undefined {
  const no = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = no ? `${no[3]}-${no[2]!.padStart(2, "0")}-${no[1]!.padStart(2, "0")}` : text;
  // A real calendar date only: 30.02.2026 is refused, never rolled over to March.
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso)) && new Date(iso).toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** "08:00", "8.00" or "0800" → "08:00"; anything else undefined. */
export function readTime(text: string): string | undefined {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1]!.padStart(2, "0")}:${m[2]}`;
}

export interface ReadRound {
  round?: NewRound;
  errors: RoundFormError[];
  /** Old numbers mapped to today's, to say on the round's page. */
  mapped: string[];
}

export function readRoundForm(v: RoundFormValues, today: string): ReadRound {
  const errors: RoundFormError[] = [];
  const instant = (date: string, time: string, dateField: keyof RoundFormValues, timeField: keyof RoundFormValues) => {
    const d = readDate(date);
    const t = readTime(time);
    if (!d) errors.push({ field: dateField, message: w.newRound.errors.date });
    if (!t) errors.push({ field: timeField, message: w.newRound.errors.time });
    if (!d || !t) return undefined;
    const utc = osloLocalToUtc(`${d}T${t}`);
    if (!utc) errors.push({ field: dateField, message: w.newRound.errors.date });
    return utc;
  };
  const opensAt = instant(v.opensDate, v.opensTime, "opensDate", "opensTime");
  const closesAt = instant(v.closesDate, v.closesTime, "closesDate", "closesTime");

  const codes: string[] = [];
  const mapped: string[] = [];
  const codeErrors: string[] = [];
  for (const token of v.municipalities.split(/[\s,;]+/).filter(Boolean)) {
    if (!/^\d{1,4}$/.test(token)) {
      codeErrors.push(w.newRound.invalidCode(token.slice(0, 20)));
      continue;
    }
    const e = explainCode(token.padStart(4, "0"), today);
    if (e.kind === "current") codes.push(e.municipality.code);
    else if (e.kind === "renumbered" || e.kind === "merged") {
      codes.push(e.to.code);
      mapped.push(w.newRound.mapped(e.from, e.to, f.date(e.changedOn)));
    } else if (e.kind === "split") codeErrors.push(w.newRound.split(e.from, e.to, f.date(e.changedOn)));
    else codeErrors.push(w.newRound.unknownCode(e.code));
  }
  if (codeErrors.length > 0) errors.push({ field: "municipalities", message: codeErrors.join(" ") });

  const input = {
    template: v.template,
    title: v.title,
    opensAt: opensAt ?? "",
    closesAt: closesAt ?? "",
    ...(v.allowLate ? { allowLate: true } : {}),
    municipalities: codes.length ? [...new Set(codes)] : "all",
    reminders: remindersFromForm(v.reminders),
  };
  const parsed = NewRoundSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? "");
      const field: keyof RoundFormValues | undefined =
        path === "template" ? "template" : path === "title" ? "title" : path === "reminders" ? "reminders" : path === "municipalities" ? "municipalities" : path === "closesAt" && opensAt && closesAt ? "closesDate" : undefined;
      if (!field || errors.some((e) => e.field === field)) continue;
      const message =
        field === "title" && issue.message === "national-id"
          ? w.newRound.errors.nationalId
          : field === "closesDate"
            ? w.newRound.errors.closesAfterOpens
            : w.newRound.errors[field as "template" | "title" | "reminders" | "municipalities"];
      errors.push({ field, message });
    }
  }
  return errors.length > 0 || !parsed.success ? { errors, mapped } : { round: parsed.data as NewRound, errors, mapped };
}

const LABELS: Record<keyof RoundFormValues, string> = {
  template: w.newRound.template,
  title: w.newRound.title,
  opensDate: `${w.newRound.opens}: ${w.newRound.date.toLowerCase()}`,
  opensTime: `${w.newRound.opens}: ${w.newRound.time.toLowerCase()}`,
  closesDate: `${w.newRound.closes}: ${w.newRound.date.toLowerCase()}`,
  closesTime: `${w.newRound.closes}: ${w.newRound.time.toLowerCase()}`,
  municipalities: w.newRound.municipalities,
  reminders: w.newRound.reminders,
  allowLate: w.newRound.allowLate,
};

export function roundForm(v: RoundFormValues, errors: RoundFormError[]): Html {
  const errorOf = (name: keyof RoundFormValues) => errors.find((e) => e.field === name)?.message;
  const described = (name: string, hint: boolean, error: boolean) => [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ");
  const field = (name: keyof RoundFormValues, label: string, hint?: string, attrs: Html = html``) => {
    const error = errorOf(name);
    const by = described(name, hint !== undefined, error !== undefined);
    return html`<div class="ds-field">
      <label class="ds-label" for="${name}">${label}</label>
      ${hint ? html`<p class="ds-paragraph" data-size="sm" data-field="description" id="${name}-hint">${hint}</p>` : ""}
      ${error ? html`<p class="ds-validation-message" data-color="danger" id="${name}-error">${error}</p>` : ""}
      <input class="ds-input" id="${name}" name="${name}" value="${v[name]}" aria-invalid="${error ? "true" : "false"}" ${by ? html`aria-describedby="${by}"` : ""} ${attrs}>
    </div>`;
  };
  const when = (prefix: "opens" | "closes", legend: string) => html`<fieldset class="ds-fieldset"><legend class="ds-label">${legend} (${w.newRound.norwegianTime})</legend>
      ${field(`${prefix}Date`, w.newRound.date, w.newRound.dateHint, html`inputmode="numeric" autocomplete="off" size="10"`)}
      ${field(`${prefix}Time`, w.newRound.time, w.newRound.timeHint, html`inputmode="numeric" autocomplete="off" size="5"`)}
    </fieldset>`;
  const templateError = errorOf("template");
  return html`${errorSummary(errors, LABELS, w.newRound.summary)}
    <form method="post" action="/admin/runder" class="stack" novalidate>
      <div class="ds-field"><label class="ds-label" for="template">${w.newRound.template}</label>
        ${templateError ? html`<p class="ds-validation-message" data-color="danger" id="template-error">${templateError}</p>` : ""}
        <select class="ds-input" id="template" name="template" ${templateError ? html`aria-invalid="true" aria-describedby="template-error"` : ""}>${REPORT_TEMPLATES.map(
          (t) => html`<option value="${t.id}" ${t.id === v.template ? "selected" : ""}>${w.templates[t.id as ReportTemplateId]}</option>`,
        )}</select></div>
      ${field("title", w.newRound.title, w.newRound.titleHint)}
      ${when("opens", w.newRound.opens)}
      ${when("closes", w.newRound.closes)}
      ${field("municipalities", w.newRound.municipalities, w.newRound.municipalitiesHint)}
      ${field("reminders", w.newRound.reminders, w.newRound.remindersHint)}
      <div class="ds-field">
        <input class="ds-input" type="checkbox" id="allowLate" name="allowLate" value="ja" aria-describedby="allowLate-hint" ${v.allowLate ? "checked" : ""}>
        <label class="ds-label" for="allowLate">${w.newRound.allowLate}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="allowLate-hint">${w.newRound.allowLateHint}</p>
      </div>
      <button class="ds-button" type="submit">${w.newRound.create}</button>
    </form>`;
}
