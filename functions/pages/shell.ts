import type { Context } from "hono";
import type { AppEnv } from "../http/appEnv";
import type { Html } from "../core/html";

/**
 * Worker-rendered pages (receipts, status views, checker results without JavaScript) are filled into a
 * page shell that Astro built, so there is one layout, not two. The shell marks its slots with
 * `data-slot="main"` (and optionally `data-slot="heading"`); the `<title>` is replaced too.
 */
export interface ShellFill {
  title: string;
  main: Html;
  status?: number;
  headers?: Record<string, string>;
  /** Appended to the language switcher's links (`?…`), so a page's state survives a change of language. */
  languageQuery?: string;
}

type AssetsContext = Context<AppEnv>;

export async function renderInShell(c: AssetsContext, shellPath: string, fill: ShellFill): Promise<Response> {
  const shell = await fetchShell(c, shellPath);
  const rewritten = new HTMLRewriter()
    .on("title", { element: (el) => void el.setInnerContent(fill.title) })
    // The layout's own wrapper (Base.astro) is replaced with the slot's content, so it is put back here.
    .on('[data-slot="main"]', { element: (el) => void el.setInnerContent(`<div class="page stack">${fill.main}</div>`, { html: true }) })
    .on(".lang-switch a[href]", {
      element: (el) => {
        const href = el.getAttribute("href");
        if (fill.languageQuery && href) el.setAttribute("href", `${href.split("?")[0]}?${fill.languageQuery}`);
      },
    })
    .transform(shell);
  const headers = new Headers(rewritten.headers);
  headers.set("Content-Type", "text/html; charset=utf-8");
  // A rendered page holds one municipality's or one person's answers: never cache or share it.
  headers.set("Cache-Control", "no-store");
  headers.delete("ETag");
  for (const [k, v] of Object.entries(fill.headers ?? {})) headers.set(k, v);
  // Cookies the handler set on the context (a language chosen, a hand-over taken) go with the page.
  for (const cookie of c.res.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  return new Response(rewritten.body, { status: fill.status ?? 200, headers });
}

/**
 * The static shell Astro built, from the assets binding. A missing shell is a deployment without the site
 * (`npm run build`), so it fails loudly rather than serving a bare page. The Worker tests serve their own
 * shell through the same binding (`test/fixtures/shell/`, vitest.config.ts).
 */
async function fetchShell(c: AssetsContext, shellPath: string): Promise<Response> {
  const res = await c.env.ASSETS.fetch(new Request(new URL(shellPath, c.req.url), { method: "GET" }));
  if (!res.ok || !(res.headers.get("content-type") ?? "").includes("text/html")) {
    throw new Error(`no page shell at ${shellPath} in the static assets (status ${res.status}): is the site built?`);
  }
  return res;
}
