import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

/**
 * Issue 12, item 12, against `wrangler dev` (the suite's server): an oversized body gets 413 whether it is
 * chunked (no Content-Length) or declares its length, on the API and on a Worker-rendered page. Before the
 * fix, 20 chunked 2 MB posts to /api/v1/eligibility gave 12 × 413, 3 × 500 "Network connection lost" and
 * 5 connection resets (EPIPE/ECONNRESET); cancelling the stream alone still failed 6 of 20.
 */
const SIZE = 2 * 1024 * 1024;
const RUNS = 20;

/** Posts SIZE bytes in 64 KB writes, chunked or with a Content-Length, and gives the status or the error. */
function post(baseURL: string, path: string, mode: "chunked" | "length", type: string): Promise<string> {
  const url = new URL(path, baseURL);
  return new Promise((resolve) => {
    const headers: Record<string, string> = { "content-type": type, origin: url.origin };
    if (mode === "length") headers["content-length"] = String(SIZE);
    const req = httpRequest(url, { method: "POST", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(String(res.statusCode)));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const write = () => {
      while (sent < SIZE) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}

for (const [path, type] of [["/api/v1/eligibility", "application/json"], ["/sjekk/", "application/x-www-form-urlencoded"]] as const) {
  for (const mode of ["chunked", "length"] as const) {
    test(`${RUNS} posts of 2 MB to ${path}, ${mode === "chunked" ? "chunked (no Content-Length)" : "with Content-Length"}: every one 413`, async ({ baseURL }) => {
      const outcomes: string[] = [];
      for (let i = 0; i < RUNS; i++) outcomes.push(await post(baseURL!, path, mode, type));
      expect(outcomes).toEqual(Array(RUNS).fill("413"));
    });
  }
}
