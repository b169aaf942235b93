import { env } from "cloudflare:workers";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyAccessJwt } from "../../functions/intake/admin/auth";
import { callWith, createRound } from "../intake/helpers";

/**
 * Issue 12, item 10: an Access JWT must carry `exp` and be signed with RS256, besides the issuer and
 * audience checks. Before: a token without `exp` was accepted for good, and so was one signed with
 * another algorithm the key set allowed (PS256 with the team's RSA key, ES256 with an EC key in the set).
 * Each case uses its own team domain, so the key set the Worker caches per issuer is fresh.
 */
afterEach(() => vi.restoreAllMocks());

async function team(domain: string) {
  const pairs = { RS256: await generateKeyPair("RS256"), PS256: await generateKeyPair("PS256"), ES256: await generateKeyPair("ES256") };
  // Access publishes RSA keys; a JWK without `alg` lets any algorithm of its kind use it (RS256 or PS256
  // for an RSA key), as a key set may.
  const keys = await Promise.all(Object.entries(pairs).map(async ([alg, pair]) => ({ ...(await exportJWK(pair.publicKey)), kid: alg })));
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input) =>
    String(input instanceof Request ? input.url : input) === `https://${domain}/cdn-cgi/access/certs` ? Response.json({ keys }) : new Response(null, { status: 404 }),
  );
  const accessEnv = { ACCESS_TEAM_DOMAIN: domain, ACCESS_AUD: "aud-123" };
  const sign = (alg: keyof typeof pairs, claims: { aud?: string; iss?: string } = {}, withExp = true) => {
    const jwt = new SignJWT({ email: "saksbehandler@imdi.no" })
      .setProtectedHeader({ alg, kid: alg })
      .setIssuer(claims.iss ?? `https://${domain}`)
      .setAudience(claims.aud ?? "aud-123")
      .setIssuedAt();
    return (withExp ? jwt.setExpirationTime("10m") : jwt).sign(pairs[alg].privateKey);
  };
  return { accessEnv, sign };
}

describe("Cloudflare Access JWT: RS256 only, expiry required", () => {
  it("accepts an RS256 token with issuer, audience and expiry", async () => {
    const { accessEnv, sign } = await team("ok.cloudflareaccess.com");
    expect(await verifyAccessJwt(await sign("RS256"), accessEnv)).toBe("saksbehandler@imdi.no");
  });

  it("refuses a token without exp (it would never expire)", async () => {
    const { accessEnv, sign } = await team("no-exp.cloudflareaccess.com");
    expect(await verifyAccessJwt(await sign("RS256", {}, false), accessEnv)).toBeUndefined();
  });

  it("refuses PS256, signed with an RSA key from the key set", async () => {
    const { accessEnv, sign } = await team("ps256.cloudflareaccess.com");
    expect(await verifyAccessJwt(await sign("PS256"), accessEnv)).toBeUndefined();
  });

  it("refuses ES256 signed with an EC key from the key set", async () => {
    const { accessEnv, sign } = await team("es256.cloudflareaccess.com");
    expect(await verifyAccessJwt(await sign("ES256"), accessEnv)).toBeUndefined();
  });

  it("still refuses another audience or issuer", async () => {
    const { accessEnv, sign } = await team("claims.cloudflareaccess.com");
    expect(await verifyAccessJwt(await sign("RS256", { aud: "other" }), accessEnv)).toBeUndefined();
    expect(await verifyAccessJwt(await sign("RS256", { iss: "https://evil.example" }), accessEnv)).toBeUndefined();
  });

  it("an admin request with a valid token is audited under the Access e-mail", async () => {
    const roundId = await createRound();
    const { accessEnv, sign } = await team("audit.cloudflareaccess.com");
    const res = await callWith(accessEnv as Partial<Env>, `/api/v1/admin/rounds/${roundId}/status`, { headers: { "Cf-Access-Jwt-Assertion": await sign("RS256") } });
    expect(res.status).toBe(200);
    const row = await env.DB.prepare("SELECT actor FROM audit_log WHERE action = 'round.status.viewed' AND round_id = ?").bind(roundId).first<{ actor: string }>();
    expect(row?.actor).toBe("access:saksbehandler@imdi.no");
  });
});
