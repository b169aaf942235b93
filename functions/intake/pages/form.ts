import type { ReportTemplate } from "../../core/rules";
import type { ReportValues } from "../values";

/**
 * Form fields ↔ report values. Field names are `<line id>.<part>` (e.g. `ip3-programme.count`), so the
 * no-JavaScript form, the check-answers page and its hidden fields all speak the same names.
 */
const PARTS = { count: ["count"], "places-months": ["places", "months"], amount: ["nok"], text: ["text"] } as const;

export function fieldNames(template: Pick<ReportTemplate, "lines">): string[] {
  return template.lines.flatMap((l) => PARTS[l.type].map((p) => `${l.id}.${p}`));
}

/** Reads posted fields into values; numbers stay numbers only when they are whole digits. */
export function valuesFromForm(template: ReportTemplate, form: Record<string, unknown>): { values: ReportValues; raw: Record<string, string> } {
  const values: ReportValues = {};
  const raw: Record<string, string> = {};
  for (const line of template.lines) {
    const value: Record<string, number | string> = {};
    for (const part of PARTS[line.type]) {
      const name = `${line.id}.${part}`;
      const text = String(form[name] ?? "").trim();
      raw[name] = text;
      if (part === "text") value[part] = text;
      else value[part] = /^\d{1,12}$/.test(text.replace(/[\s\u00a0]/g, "")) ? Number(text.replace(/[\s\u00a0]/g, "")) : (text as unknown as number);
    }
    values[line.id] = value;
  }
  return { values, raw };
}
