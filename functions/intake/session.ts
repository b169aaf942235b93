import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { and, eq } from "drizzle-orm";
import type { AppEnv } from "../http/appEnv";
import { hmacSha256, randomToken, sha256 } from "./crypto";
import { db, schema, sessionByHash } from "./store";

/**
 * Browser sessions. A link or an admin login becomes a `__Host-` cookie (HttpOnly, Secure,
 * SameSite=Strict, Path=/) holding a random id; the database keeps only its hash. An admin session's
 * hash is keyed with ADMIN_TOKEN (HMAC), so rotating the token ends every session made with the old one:
 * their hashes no longer match anything. The database still holds nothing that names the token.
 */
/** Names without the prefix: hono adds `__Host-` (prefix: "host"). */
export const MUNICIPALITY_COOKIE = "rapport";
export const ADMIN_COOKIE = "admin";
const HOURS = 8;

type Kind = "municipality" | "admin";

const cookieName = (kind: Kind) => (kind === "admin" ? ADMIN_COOKIE : MUNICIPALITY_COOKIE);

/** The stored hash of a session id, or undefined when no admin session can exist (no ADMIN_TOKEN). */
async function sessionHash(c: Context<AppEnv>, kind: Kind, id: string): Promise<string | undefined> {
  if (kind === "municipality") return sha256(id);
  const token = c.env.ADMIN_TOKEN;
  return token ? hmacSha256(token, id) : undefined;
}

export async function startSession(c: Context<AppEnv>, kind: Kind, linkId: string | null, now = new Date()): Promise<void> {
  const id = randomToken();
  const idHash = await sessionHash(c, kind, id);
  if (!idHash) throw new Error("an admin session needs ADMIN_TOKEN");
  const expiresAt = new Date(now.getTime() + HOURS * 3_600_000).toISOString();
  await db(c.env.DB).insert(schema.sessions).values({ idHash, kind, linkId, expiresAt });
  setCookie(c, cookieName(kind), id, {
    path: "/",
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    maxAge: HOURS * 3600,
    prefix: "host",
  });
}

/** The session's link id (municipality) or null (admin), if the cookie names a live session. */
export async function sessionLink(c: Context<AppEnv>, kind: Kind, now = new Date()): Promise<string | null | undefined> {
  const idHash = await cookieHash(c, kind);
  if (!idHash) return undefined;
  const row = await sessionByHash(db(c.env.DB), idHash, kind);
  if (!row || row.expiresAt < now.toISOString()) return undefined;
  return row.linkId;
}

/** The draft kept with the municipality's session (the check-answers page), or undefined. */
export async function sessionDraft(c: Context<AppEnv>, now = new Date()): Promise<string | undefined> {
  const idHash = await cookieHash(c, "municipality");
  if (!idHash) return undefined;
  const row = await sessionByHash(db(c.env.DB), idHash, "municipality");
  return row && row.expiresAt >= now.toISOString() ? (row.draft ?? undefined) : undefined;
}

export async function saveSessionDraft(c: Context<AppEnv>, draft: string): Promise<void> {
  const idHash = await cookieHash(c, "municipality");
  if (idHash) await db(c.env.DB).update(schema.sessions).set({ draft }).where(and(eq(schema.sessions.idHash, idHash), eq(schema.sessions.kind, "municipality")));
}

/** Logout: the session row is deleted (the id in the cookie opens nothing any more) and the cookie cleared. */
export async function endSession(c: Context<AppEnv>, kind: Kind): Promise<void> {
  const idHash = await cookieHash(c, kind);
  if (idHash) await db(c.env.DB).delete(schema.sessions).where(and(eq(schema.sessions.idHash, idHash), eq(schema.sessions.kind, kind)));
  deleteCookie(c, cookieName(kind), { path: "/", secure: true, prefix: "host" });
}

async function cookieHash(c: Context<AppEnv>, kind: Kind): Promise<string | undefined> {
  const id = getCookie(c, cookieName(kind), "host");
  if (!id || id.length > 100) return undefined;
  return sessionHash(c, kind, id);
}
