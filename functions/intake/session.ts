import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../http/appEnv";
import { randomToken, sha256 } from "./crypto";
import { db, schema, sessionByHash } from "./store";

/**
 * Browser sessions. A link or an admin login becomes a `__Host-` cookie (HttpOnly, Secure,
 * SameSite=Strict, Path=/) holding a random id; the database keeps only its hash.
 */
/** Names without the prefix: hono adds `__Host-` (prefix: "host"). */
export const MUNICIPALITY_COOKIE = "rapport";
export const ADMIN_COOKIE = "admin";
const HOURS = 8;

type Kind = "municipality" | "admin";

export async function startSession(c: Context<AppEnv>, kind: Kind, linkId: string | null, now = new Date()): Promise<void> {
  const id = randomToken();
  const expiresAt = new Date(now.getTime() + HOURS * 3_600_000).toISOString();
  await db(c.env.DB).insert(schema.sessions).values({ idHash: await sha256(id), kind, linkId, expiresAt });
  setCookie(c, kind === "admin" ? ADMIN_COOKIE : MUNICIPALITY_COOKIE, id, {
    path: "/",
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    maxAge: HOURS * 3600,
    prefix: "host",
  });
}

/** The session's link id (municipality) or true (admin), if the cookie names a live session. */
export async function sessionLink(c: Context<AppEnv>, kind: Kind, now = new Date()): Promise<string | null | undefined> {
  const id = getCookie(c, kind === "admin" ? ADMIN_COOKIE : MUNICIPALITY_COOKIE, "host");
  if (!id || id.length > 100) return undefined;
  const row = await sessionByHash(db(c.env.DB), await sha256(id), kind);
  if (!row || row.expiresAt < now.toISOString()) return undefined;
  return row.linkId;
}

export function endSession(c: Context<AppEnv>, kind: Kind): void {
  deleteCookie(c, kind === "admin" ? ADMIN_COOKIE : MUNICIPALITY_COOKIE, { path: "/", secure: true, prefix: "host" });
}
