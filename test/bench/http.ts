import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";

/** Starts `wrangler dev` on a free port, waits for /api/health, and gives a stop function. */
export async function startServer(port: number, extraArgs: string[] = []): Promise<{ base: string; stop: () => void }> {
  const child: ChildProcess = spawn("npx", ["wrangler", "dev", "--port", String(port), "--log-level", "error", ...extraArgs], {
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { base, stop: () => child.pid && process.kill(-child.pid, "SIGTERM") };
}

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function load(name: string, opts: autocannon.Options): Promise<LoadResult> {
  const r = await autocannon({ connections: 20, duration: 10, ...opts });
  return {
    name,
    requestsPerSecond: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}
