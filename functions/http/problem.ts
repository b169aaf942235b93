/**
 * RFC 9457 problem details: every API error leaves as `application/problem+json`, so clients handle one
 * format. Titles are short, fixed per problem type and status, and localised (`core/i18n/<lang>/api.ts`).
 */
import type { Context, TypedResponse } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { JSONParsed } from "hono/utils/types";
import { z } from "zod";
import { API_STRINGS } from "../core/i18n/api";
import type { ApiStrings } from "../core/i18n/schema";
import { VALIDATION_CODES } from "../core/rules/validationCodes";
import type { AppEnv } from "./appEnv";
import { pickLanguage, type ApiLanguage } from "./language";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Every problem this API sends, with the extension members it uses: the OpenAPI document and the strict response tests read it. */
export const ProblemSchema = z
  .strictObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().regex(/^urn:uuid:/).optional().meta({ description: "urn:uuid:<request id>: names this occurrence and matches the request's log line." }),
    errors: z
      .array(z.strictObject({ field: z.string(), code: z.enum(VALIDATION_CODES), message: z.string() }))
      .optional()
      .meta({ description: "Field-level messages (validation problems), in Norwegian or English by Accept-Language." }),
    latestVersion: z.number().int().optional().meta({ description: "The latest version of the report (a stale correction, 412)." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });
export type Problem = z.infer<typeof ProblemSchema>;

/** The `content` of every error response in a route definition. */
export const PROBLEM_CONTENT = { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } as const;

/** A problem response typed for @hono/zod-openapi's handlers, as `c.json` is for other answers. */
export type ProblemResponse<S extends ContentfulStatusCode> = Response & TypedResponse<JSONParsed<Problem>, S, "json">;

/**
 * Problem types. Plain HTTP failures use "about:blank" (RFC 9457 §4.2.1: the title is then the status
 * phrase). Our own types are relative references on purpose: they resolve against the API's origin, so
 * the site can later publish a page explaining each one at that path.
 */
export const PROBLEM_TYPES = {
  blank: "about:blank",
  validation: "/problems/validation",
} as const;

export type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];

export function problemTitle(status: number, language: ApiLanguage, type: string = PROBLEM_TYPES.blank): string {
  const words = API_STRINGS[language];
  if (type === PROBLEM_TYPES.validation) return words.typeTitles.validation;
  return (words.statusTitles as Partial<Record<number, string>>)[status] ?? words.otherStatusTitle;
}

/** The API's own words (problem titles and details) in the language this request asked for. */
export function apiStrings(c: Context<AppEnv>): ApiStrings {
  return API_STRINGS[pickLanguage(c.req.header("Accept-Language"))];
}

export interface ProblemOptions {
  type?: ProblemType;
  /** Human-readable explanation of this occurrence. Never include secrets, tokens or raw input. */
  detail?: string;
  /** Extension members: `errors` for validation problems, `latestVersion` for a stale correction. */
  extensions?: Pick<Problem, "errors" | "latestVersion">;
  headers?: Record<string, string>;
}

/** Builds the problem+json response for this request, in the language the client asked for. */
export function problem<S extends ContentfulStatusCode>(
  c: Context<AppEnv>,
  status: S,
  { type = PROBLEM_TYPES.blank, detail, extensions, headers }: ProblemOptions = {},
): ProblemResponse<S> {
  const language = pickLanguage(c.req.header("Accept-Language"));
  const requestId = c.get("requestId");
  const body: Problem = {
    ...extensions,
    type,
    title: problemTitle(status, language, type),
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(requestId ? { instance: `urn:uuid:${requestId}` } : {}),
  };
  // c.json would send application/json; c.body sends our content type but is typed as a plain Response.
  return c.body(JSON.stringify(body), status, {
    ...headers,
    "Content-Type": PROBLEM_CONTENT_TYPE,
    "Content-Language": language,
    // Errors describe one request; caching them would replay stale failures.
    "Cache-Control": "no-store",
  }) as unknown as ProblemResponse<S>;
}
