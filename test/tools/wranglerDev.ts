import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

const quiet = { stdio: "ignore" as const, env: { ...process.env, WRANGLER_SEND_METRICS: "false" } };

/** Builds the site into dist/ when there is no build yet (or always, with `force`). */
export function ensureBuild(force = false): void {
  if (force || !existsSync("dist/index.html")) execFileSync("npm", ["run", "build"], quiet);
}

/** An empty local D1 state directory with the committed migrations applied, for a server of its own. */
export function freshLocalState(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", dir], quiet);
}

/** Starts `wrangler dev` on a free port, waits for /api/health, and gives a stop function that resolves once it has exited. */
export async function startServer(port: number, extraArgs: string[] = []): Promise<{ base: string; stop: (signal?: NodeJS.Signals) => Promise<void> }> {
  const child: ChildProcess = spawn("npx", ["wrangler", "dev", "--port", String(port), "--log-level", "error", ...extraArgs], {
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  let up = false;
  while (!up && Date.now() < deadline) {
    try {
      up = (await fetch(`${base}/api/health`)).ok;
    } catch {
      /* not up yet */
    }
    if (!up) await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, signal);
    await exited;
  };
  if (!up) {
    await stop();
    throw new Error(`wrangler dev did not answer on ${base} within 90 s`);
  }
  return { base, stop };
}
