import { windowNotation } from "../../functions/core/rules/dates";
import type { Change } from "../../functions/core/rules/history";
import type { SiteStrings } from "../../functions/core/i18n/site";
import type { LanguagePack } from "../../functions/core/i18n";
import { LANGUAGES } from "../../functions/core/rules/vocabulary";
import { packFor } from "../../functions/core/i18n";

/** A changed value as the page shows it: a period in interval notation, a list joined, anything else as data. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return "–";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map(valueText).join(", ");
  const o = value as Record<string, unknown>;
  if ("toInclusive" in o) return windowNotation(o as Parameters<typeof windowNotation>[0]);
  return JSON.stringify(value);
}

/** One change in one sentence: what (rule or interpretation), which part, how, where, and before → now. */
export function changeLine(c: Change, t: SiteStrings["changes"], pack: LanguagePack): string {
  const what = c.rule ? `${pack.rules[c.rule as keyof LanguagePack["rules"]]?.title ?? c.rule} (${c.rule})` : `${t.note} ${c.note}`;
  const where = c.path ? ` (${c.path})` : "";
  const langs = c.langs?.length ? `. ${t.textIn}: ${LANGUAGES.filter((l) => c.langs?.includes(l)).map((l) => packFor(l).name).join(", ")}` : "";
  const values = c.part !== "text" && c.part !== "note-text" && (c.before !== undefined || c.after !== undefined) ? `: ${t.before} ${valueText(c.before)}, ${t.after} ${valueText(c.after)}` : "";
  return `${what}: ${t.parts[c.part]} ${t.kinds[c.change]}${where}${values}${langs}.`;
}
