/**
 * The request body limit for the API and the Worker-rendered pages, with a clean 413 for a body sent
 * without Content-Length (chunked) as well as for one that declares its length.
 *
 * hono/body-limit stops reading a chunked body at the limit and answers while the client is still
 * sending; under `wrangler dev` that ended in a 500 "Network connection lost" or a reset connection
 * instead of the 413. Cancelling the stream alone does not help (measured: 3 of 20 still failed). So an
 * oversized body is read on and thrown away, up to `DRAIN_BYTES` (nginx's "lingering close" does the
 * same), then the stream is cancelled, and only then the 413 goes out. Nothing past the limit is kept.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./appEnv";

/** The largest body the API (the batch endpoint excepted) and the Worker-rendered pages take. */
export const MAX_BODY_BYTES = 64 * 1024;

/** How much of an oversized body is read and discarded before it is cancelled. */
export const DRAIN_BYTES = 32 * 1024 * 1024;

export function limitBody(maxBytes: number, tooLarge: (c: Context<AppEnv>) => Response | Promise<Response>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const reader = body.getReader();
    const declared = c.req.header("Content-Length");
    if (declared !== undefined && c.req.header("Transfer-Encoding") === undefined) {
      if (Number(declared) > maxBytes) return refuse(reader, 0, () => tooLarge(c));
      // Within the limit: the runtime enforces the declared length, so the handler reads the stream itself.
      reader.releaseLock();
      return next();
    }
    // No length declared: read it here, up to the limit, and give the handler the bytes read.
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) return refuse(reader, size, () => tooLarge(c));
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    c.req.raw = new Request(c.req.raw, { body: bytes });
    return next();
  };
}

/** Reads the rest of the body into nothing (bounded), cancels the stream, then answers. */
async function refuse(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead: number, answer: () => Response | Promise<Response>): Promise<Response> {
  let drained = alreadyRead;
  try {
    while (drained <= DRAIN_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      drained += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The client went away mid-body: the answer below is for the log; nobody is waiting for it.
  }
  return answer();
}
