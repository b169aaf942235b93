/** The grant calculators, rendered by the Worker into the site's shell for each language (GET forms). */
import { Hono } from "hono";
import type { AppEnv } from "../http/appEnv";
import { renderInShell } from "../pages/shell";
import { localePath } from "../core/localePath";
import { LANGUAGES, todayInOslo } from "../core/rules";
import { TOOL_STRINGS } from "../core/i18n/tools";
import { toolsView } from "../core/tools/views";

export const toolPages = new Hono<AppEnv>();

for (const lang of LANGUAGES) {
  const path = localePath(lang, "/verktoy/");
  toolPages.get(path.replace(/\/$/, ""), (c) =>
    renderInShell(c, path, { title: `${TOOL_STRINGS[lang].title} – Rettsjekk`, main: toolsView(lang, c.req.query(), todayInOslo()) }),
  );
}
