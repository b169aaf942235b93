import type { Context, MiddlewareHandler } from "hono";
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import type { AppEnv } from "../../http/appEnv";
import { problem } from "../../http/problem";
import { safeEqual } from "../crypto";
import { sessionLink } from "../session";

/**
 * Who is an admin (IMDi staff). In production: Cloudflare Access in front of /admin and /api/v1/admin,
 * and the Worker verifies the `Cf-Access-Jwt-Assertion` JWT itself (signature against the team's JWKS,
 * audience, issuer, expiry). Locally and in tests: the ADMIN_TOKEN secret as a Bearer token, or the
 * admin session cookie the login page sets from it. Never a password in the code.
 */
const remoteKeySets = new Map<string, JWTVerifyGetKey>();

export async function verifyAccessJwt(token: string, env: { ACCESS_TEAM_DOMAIN?: string; ACCESS_AUD?: string }): Promise<string | undefined> {
  if (!env.ACCESS_TEAM_DOMAIN || !env.ACCESS_AUD) return undefined;
  const issuer = `https://${env.ACCESS_TEAM_DOMAIN}`;
  let keys = remoteKeySets.get(issuer);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(`${issuer}/cdn-cgi/access/certs`));
    remoteKeySets.set(issuer, keys);
  }
  try {
    const { payload } = await jwtVerify(token, keys, { issuer, audience: env.ACCESS_AUD });
    return typeof payload.email === "string" ? payload.email : (payload.sub ?? "access-user");
  } catch {
    return undefined;
  }
}

/** The admin's name for the audit log, or undefined when the request is not from an admin. */
export async function adminIdentity(c: Context<AppEnv>): Promise<string | undefined> {
  const env = c.env as unknown as { ACCESS_TEAM_DOMAIN?: string; ACCESS_AUD?: string; ADMIN_TOKEN?: string };
  const jwt = c.req.header("Cf-Access-Jwt-Assertion");
  if (jwt) return verifyAccessJwt(jwt, env).then((who) => (who ? `access:${who}` : undefined));
  const bearer = c.req.header("Authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (bearer && env.ADMIN_TOKEN && safeEqual(bearer, env.ADMIN_TOKEN)) return "admin-token";
  if ((await sessionLink(c, "admin")) === null) return "admin-session";
  return undefined;
}

export function requireAdminApi(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const who = await adminIdentity(c);
    if (!who) return problem(c, 401, { headers: { "WWW-Authenticate": 'Bearer realm="rettsjekk-admin"' } });
    c.set("admin" as never, who as never);
    await next();
  };
}
