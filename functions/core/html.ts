/**
 * Escaped HTML for pages the Worker renders into the site's shell. Every interpolated value is escaped
 * unless it is itself the result of `html` (so nesting composes and nothing is double-escaped).
 */
const RAW = Symbol("raw-html");

export interface Html {
  readonly [RAW]: string;
  toString(): string;
}

function raw(text: string): Html {
  return { [RAW]: text, toString: () => text };
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "object" && RAW in value) return value[RAW];
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? "");
  });
  return raw(out);
}

/** Marks trusted, already-built markup (e.g. from the catalog's own templates) as HTML. Use sparingly. */
export function trusted(markup: string): Html {
  return raw(markup);
}
