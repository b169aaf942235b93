import type { Context, MiddlewareHandler } from "hono";
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import type { AppEnv } from "../../http/appEnv";
import { apiStrings, problem } from "../../http/problem";
import { safeEqual } from "../crypto";
import { sessionLink } from "../session";
import { audit } from "./audit";

/**
 * Who is an admin (IMDi staff). In production: Cloudflare Access in front of /admin and /api/v1/admin,
 * and the Worker verifies the `Cf-Access-Jwt-Assertion` JWT itself (RS256 signature against the team's
 * JWKS, audience, issuer, and an expiry it must carry). Locally and in tests, and as break-glass in
 * production: the ADMIN_TOKEN secret as a Bearer token, or the admin session the login form makes from it.
 *
 * The audit's actor names the credential: `access:<e-mail>`, `break-glass token`, or
 * `break-glass token (login session)`. A refused credential is audited and counted against the
 * client's login budget (LOGIN_LIMITER, shared with the login form); past it, the client gets 429 for a
 * minute. A correct Bearer token is neither counted nor locked out: it is a 256-bit secret that scripts
 * use for every call, so counting it would lock the scripts out, and guessing it is not the risk.
 */
const remoteKeySets = new Map<string, JWTVerifyGetKey>();

export const ACTORS = { token: "break-glass token", session: "break-glass token (login session)" } as const;

export async function verifyAccessJwt(token: string, env: { ACCESS_TEAM_DOMAIN?: string; ACCESS_AUD?: string }): Promise<string | undefined> {
  if (!env.ACCESS_TEAM_DOMAIN || !env.ACCESS_AUD) return undefined;
  const issuer = `https://${env.ACCESS_TEAM_DOMAIN}`;
  let keys = remoteKeySets.get(issuer);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(`${issuer}/cdn-cgi/access/certs`));
    remoteKeySets.set(issuer, keys);
  }
  try {
    // Access signs with RS256; pinning it refuses a token signed with any other algorithm the key set
    // might allow. Without requiredClaims, jose accepts a token that has no `exp` at all.
    const { payload } = await jwtVerify(token, keys, { issuer, audience: env.ACCESS_AUD, algorithms: ["RS256"], requiredClaims: ["exp"] });
    return typeof payload.email === "string" ? payload.email : (payload.sub ?? "access-user");
  } catch {
    return undefined;
  }
}

/** What the request's admin credential amounts to. */
export type AdminCheck = { actor: string } | { refused: "none" | "failed" | "limited" };

export async function checkAdmin(c: Context<AppEnv>): Promise<AdminCheck> {
  const check = await credentialCheck(c);
  // The actor, for the audit log and for the admin pages' logout bar (pages/adminShell.ts).
  if ("actor" in check) c.set("admin" as never, check.actor as never);
  return check;
}

async function credentialCheck(c: Context<AppEnv>): Promise<AdminCheck> {
  const jwt = c.req.header("Cf-Access-Jwt-Assertion");
  if (jwt) {
    const who = await verifyAccessJwt(jwt, c.env);
    return who ? { actor: `access:${who}` } : loginFailed(c, "access jwt");
  }
  const bearer = c.req.header("Authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (bearer) return c.env.ADMIN_TOKEN && safeEqual(bearer, c.env.ADMIN_TOKEN) ? { actor: ACTORS.token } : loginFailed(c, "bearer token");
  // An expired session, or one made with a rotated token, is a reason to log in again, not an attack.
  if ((await sessionLink(c, "admin")) === null) return { actor: ACTORS.session };
  return { refused: "none" };
}

/** The admin's name for the audit log, or undefined when the request is not from an admin. */
export async function adminIdentity(c: Context<AppEnv>): Promise<string | undefined> {
  const check = await checkAdmin(c);
  return "actor" in check ? check.actor : undefined;
}

/** The client a login budget belongs to: its IP address, used as a counter key only, never stored. */
export function loginKey(c: Context<AppEnv>): string {
  return c.req.header("cf-connecting-ip") ?? "local";
}

/**
 * Counts one refused credential. Within the budget it is audited as `admin.login.failed`; past it the
 * answer is 429, and `admin.login.locked` is audited a bounded number of times (its own counter), so a
 * flood of refused requests cannot flood the audit log.
 */
export async function loginFailed(c: Context<AppEnv>, credential: string): Promise<{ refused: "failed" | "limited" }> {
  const key = loginKey(c);
  if ((await c.env.LOGIN_LIMITER.limit({ key })).success) {
    await audit(c.env.DB, { actor: "unknown", action: "admin.login.failed", detail: { credential } });
    return { refused: "failed" };
  }
  await auditLockout(c, credential);
  return { refused: "limited" };
}

export async function auditLockout(c: Context<AppEnv>, credential: string): Promise<void> {
  if ((await c.env.LOGIN_LIMITER.limit({ key: `${loginKey(c)}:audit` })).success) {
    await audit(c.env.DB, { actor: "unknown", action: "admin.login.locked", detail: { credential } });
  }
}

export const LOCKOUT_SECONDS = 60;

export function requireAdminApi(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const check = await checkAdmin(c);
    if ("refused" in check) {
      if (check.refused === "limited") return problem(c, 429, { detail: apiStrings(c).details.loginLimited, headers: { "Retry-After": String(LOCKOUT_SECONDS) } });
      return problem(c, 401, { headers: { "WWW-Authenticate": 'Bearer realm="rettsjekk-admin"' } });
    }
    await next();
  };
}
