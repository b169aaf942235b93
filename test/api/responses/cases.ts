import type { z } from "zod";
import { ADMIN, createRound, issueLinks, openLink } from "../../intake/helpers";

/** One documented response of a route, how to call it, and what its body must parse as (responses.test.ts). */
export type Case = {
  route: string;
  status: number;
  schema?: z.ZodType;
  csv?: string;
  /** A response that is neither JSON nor CSV: its content type and how its body starts (text, or the bytes of a binary file). */
  file?: { type: string; starts: string; binary?: true };
  send: () => Promise<Response>;
};

export const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "Content-Type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});
export const asAdmin = (body?: unknown) => ({ method: "POST", headers: { ...ADMIN, "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
export const example = { asOf: "2026-11-22", person: { legalBasis: "introduksjonsloven", programme: { start: "2019-08-15", end: "2021-12-31" } } };
export const hour = 3_600_000;

/** A municipality's session in a fresh round: its cookie, and the round. */
export async function session(round: Record<string, unknown> = {}) {
  const roundId = await createRound(round);
  const links = await issueLinks(roundId);
  return { roundId, cookie: await openLink(links["0301"]!) };
}
