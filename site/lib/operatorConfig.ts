import type { Operator } from "../../functions/core/i18n/schema";

/**
 * Who runs this installation, from wrangler.toml's [vars] (OPERATOR_NAME, OPERATOR_EMAIL), for the
 * accessibility and privacy statements. Left empty, a local build stands in a demo default that the pages
 * mark as such (never IMDi's details, which the sources do not give); a production build
 * (ENVIRONMENT = "production") refuses to build without them.
 */
export const DEMO_OPERATOR = { name: "Rettsjekk (demo)", email: "rettsjekk-demo@example.invalid" } as const;

export function operatorFrom(vars: Record<string, unknown>): Operator {
  const text = (key: string) => (typeof vars[key] === "string" ? (vars[key] as string).trim() : "");
  const name = text("OPERATOR_NAME");
  const email = text("OPERATOR_EMAIL");
  if (name && email) return { name, email, demo: false };
  if (text("ENVIRONMENT") === "production") {
    throw new Error("wrangler.toml [vars]: set OPERATOR_NAME and OPERATOR_EMAIL (the operator named in the accessibility and privacy statements) before a production build");
  }
  return { ...DEMO_OPERATOR, demo: true };
}

/** The day each statement was last reviewed against what the service does (change it with the text). */
export const STATEMENTS_REVIEWED = { accessibility: "2026-12-06", privacy: "2026-12-06" } as const;
