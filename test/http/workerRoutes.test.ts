import { describe, expect, it } from "vitest";
import wranglerToml from "../../wrangler.toml?raw";
import { localePath } from "../../functions/core/localePath";
import { LANGUAGES } from "../../functions/core/rules";

/**
 * wrangler.toml cannot import the language list, so its `run_worker_first` restates the pages the Worker
 * renders per language. This test holds it to the list: a new language without its routes here would get
 * the static 404 page instead of the checker and the calculators.
 */
const runWorkerFirst = (toml: string): string[] => {
  const list = /^run_worker_first\s*=\s*\[([\s\S]*?)\]/m.exec(toml)?.[1] ?? "";
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
};

describe("the Worker's routes in wrangler.toml", () => {
  const routes = runWorkerFirst(wranglerToml);

  it.each(LANGUAGES)("send the checker and the calculators in %s to the Worker", (lang) => {
    expect(routes).toContain(`${localePath(lang, "/sjekk/")}*`);
    expect(routes).toContain(`${localePath(lang, "/verktoy/")}*`);
  });

  it("name no language the site does not have", () => {
    const prefixed = routes.map((r) => /^\/([a-z]{2})\/(sjekk|verktoy)\//.exec(r)?.[1]).filter((l) => l !== undefined);
    expect(prefixed.every((l) => (LANGUAGES as readonly string[]).includes(l))).toBe(true);
  });
});
