import { expect, test } from "@playwright/test";
import { freshLocalState, startServer } from "../../tools/wranglerDev";

/**
 * Stopping the server between a submission and its retry loses nothing that was acknowledged: the local
 * D1 state persists, and the retry with the same Idempotency-Key replays the receipt instead of writing
 * a second version. The server is killed hard (SIGKILL), as a crash would, not asked to shut down.
 * Its own wrangler dev on its own port and state directory, beside the suite's server.
 */
const PORT = Number(process.env.E2E_PORT ?? 8788) + 3;
const STATE = ".wrangler/e2e-restart-state";
const ADMIN_TOKEN = "restart-admin-token-local-only";
const serverArgs = ["--var", `ADMIN_TOKEN:${ADMIN_TOKEN}`, "--persist-to", STATE];
const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" };

test("a crash between submit and retry loses nothing, and the retry replays the receipt", async () => {
  test.setTimeout(240_000);
  freshLocalState(STATE);

  let server = await startServer(PORT, serverArgs);
  try {
    const now = Date.now();
    const round = (await (
      await fetch(`${server.base}/api/v1/admin/rounds`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ template: "package-iii-2021", title: "Omstart", opensAt: new Date(now - 3_600_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString(), municipalities: ["5001"] }),
      })
    ).json()) as { id: string };
    const { links } = (await (await fetch(`${server.base}/api/v1/admin/rounds/${round.id}/links`, { method: "POST", headers: admin, body: "{}" })).json()) as { links: Array<{ url: string }> };
    const opened = await fetch(`${server.base}${new URL(links[0]!.url).pathname}`, { redirect: "manual" });
    expect(opened.status).toBe(303);
    const cookie = opened.headers.get("set-cookie")!.split(";")[0]!;
    const send = () =>
      fetch(`${server.base}/api/v1/report/submissions`, {
        method: "POST",
        headers: { cookie, "idempotency-key": "restart-key-0001", "content-type": "application/json" },
        body: JSON.stringify({ values: { "ip3-programme": { count: 7 }, "ip3-norwegian": { count: 1 }, "ip2-programme": { count: 0 }, "ip2-norwegian": { count: 0 } }, expectedVersion: 0 }),
      });

    const first = await send();
    expect(first.status).toBe(201);
    const receipt = (await first.json()) as { reference: string; version: number; totalNok: number };

    await server.stop("SIGKILL");
    server = await startServer(PORT, serverArgs);

    const retry = await send();
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual(receipt);
    const status = (await (await fetch(`${server.base}/api/v1/admin/rounds/${round.id}/status`, { headers: admin })).json()) as { rows: Array<{ code: string; version: number; totalNok: number }> };
    expect(status.rows.filter((r) => r.code === "5001")).toEqual([expect.objectContaining({ code: "5001", version: 1, totalNok: receipt.totalNok })]);
  } finally {
    await server.stop();
  }
});
