import { readdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

/** A page in a fresh context (axe needs one) that records CSP violations reported on the console. */
async function openPage(browser: Browser): Promise<{ page: Page; cspViolations: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { page, cspViolations, close: () => context.close() };
}

test("home page loads under the CSP, ships no JavaScript and has no axe violations", async ({ browser }) => {
  const { page, cspViolations, close } = await openPage(browser);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle("Rettsjekk");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  // Information pages ship no JavaScript; the stylesheets load under the CSP (no violations below).
  expect(await page.locator("script").count()).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("Inter");

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(cspViolations).toEqual([]);
  await close();
});

test("the checker's head lists every script it loads at the start, so a phone asks for them at once; information pages list none", async ({ browser }) => {
  const { page, cspViolations, close } = await openPage(browser);
  const loaded: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") loaded.push(new URL(request.url()).pathname);
  });
  await page.goto("/sjekk/");
  await page.waitForLoadState("load");
  const listed = await page.locator('head link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  // Each module once, fetched from the list (not found an import level later), and nothing listed that is not used.
  expect(listed.length).toBeGreaterThan(1);
  expect([...new Set(loaded)].sort()).toEqual([...listed].sort());
  // After the first paint's styles and fonts: the page works without its script.
  await expect(page.locator('head link[rel="modulepreload"]:not([fetchpriority="low"])')).toHaveCount(0);
  expect(cspViolations).toEqual([]);
  await page.goto("/regler/");
  await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
  await close();
});

test("static pages carry strict security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
});

test("no page may start blob: workers; only the Web Worker scripts may (the .xlsx zip library's), each with one policy", async ({ request }) => {
  for (const path of ["/", "/sjekk/", "/regler/", "/en/", "/deltakere/", "/en/deltakere/", "/uk/deltakere/"]) {
    expect((await request.get(path)).headers()["content-security-policy"], path).toContain("worker-src 'self';");
  }
  const workers = readdirSync("dist/_astro/workers");
  expect(workers.length).toBeGreaterThan(0);
  for (const name of workers) {
    const csp = (await request.get(`/_astro/workers/${name}`)).headers()["content-security-policy"] ?? "";
    expect(csp, name).toContain("worker-src 'self' blob:");
    expect(csp.split(", ").length, name).toBe(1);
    expect(csp, name).not.toContain("unsafe-inline");
  }
  // Any other script keeps the page policy.
  const page = await (await request.get("/deltakere/")).text();
  const script = /<script type="module" src="([^"]+)"/.exec(page)![1]!;
  expect((await request.get(script)).headers()["content-security-policy"]).toContain("worker-src 'self';");
});

test("an unknown page gets the 404 page with status 404; the headers file is not served", async ({ request }) => {
  const missing = await request.get("/finnes-ikke");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Fant ikke siden");
  expect(missing.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect((await request.get("/_headers")).status()).toBe(404);
});

test("the API answers on the same origin", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  const missing = await request.get("/api/finnes-ikke");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toBe("application/problem+json");
});
