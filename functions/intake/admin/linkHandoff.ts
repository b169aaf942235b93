/**
 * Links issued on the admin page reach the page that shows them through post/redirect/get, so a reload
 * shows that page again instead of issuing (and revoking) everything once more. Between the POST and the
 * GET the links wait in D1, sealed with AES-GCM under a fresh key that is only in the issuing browser's
 * cookie: the database alone opens nothing, the cookie alone holds no link. The first GET takes the row
 * (delete … returning, so twice is once) and the cookie is cleared; housekeeping deletes a row nobody
 * fetched once it has expired.
 */
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { and, eq, gt } from "drizzle-orm";
import type { AppEnv } from "../../http/appEnv";
import { db, schema } from "../store";

const COOKIE = "lenker";
export const HANDOFF_MINUTES = 10;

function b64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
const unb64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
const b64url = (bytes: Uint8Array) => b64(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
const unb64url = (text: string) => unb64(text.replaceAll("-", "+").replaceAll("_", "/"));

/** Seals the links' CSV for the page after the redirect, and sets the cookie that opens it. */
export async function handOver(c: Context<AppEnv>, roundId: string, csv: string, count: number, now = new Date()): Promise<void> {
  const key = (await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt"])) as CryptoKey;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(csv)));
  const id = crypto.randomUUID();
  const both = new Uint8Array(iv.length + sealed.length);
  both.set(iv);
  both.set(sealed, iv.length);
  await db(c.env.DB)
    .insert(schema.linkHandoffs)
    .values({ id, roundId, sealed: b64(both), count, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + HANDOFF_MINUTES * 60_000).toISOString() });
  const raw = new Uint8Array((await crypto.subtle.exportKey("raw", key)) as ArrayBuffer);
  setCookie(c, COOKIE, `${id}.${b64url(raw)}`, { path: "/", httpOnly: true, secure: true, sameSite: "Strict", maxAge: HANDOFF_MINUTES * 60, prefix: "host" });
}

/** The links handed over to this browser for this round, once; undefined when already shown, expired or not made here. */
export async function takeOver(c: Context<AppEnv>, roundId: string, now = new Date()): Promise<{ csv: string; count: number; createdAt: string } | undefined> {
  const cookie = getCookie(c, COOKIE, "host");
  deleteCookie(c, COOKIE, { path: "/", secure: true, prefix: "host" });
  const [id, rawKey] = (cookie ?? "").split(".");
  if (!id || !rawKey || id.length > 40 || rawKey.length > 60) return undefined;
  const t = schema.linkHandoffs;
  const [row] = await db(c.env.DB)
    .delete(t)
    .where(and(eq(t.id, id), eq(t.roundId, roundId), gt(t.expiresAt, now.toISOString())))
    .returning();
  if (!row) return undefined;
  try {
    const key = await crypto.subtle.importKey("raw", unb64url(rawKey), { name: "AES-GCM" }, false, ["decrypt"]);
    const both = unb64(row.sealed);
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: both.slice(0, 12) }, key, both.slice(12));
    return { csv: new TextDecoder().decode(plain), count: row.count, createdAt: row.createdAt };
  } catch {
    return undefined;
  }
}
