/**
 * RFC 9457 problem details: every API error leaves as `application/problem+json`, so clients handle one
 * format. Titles are short, fixed per problem type and status, and localised (nb/en).
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./appEnv";
import { pickLanguage, type ApiLanguage } from "./language";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

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

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** `urn:uuid:<request id>`: names this occurrence and matches the request's log line. */
  instance?: string;
  [extension: string]: unknown;
}

const STATUS_TITLES: Record<number, Record<ApiLanguage, string>> = {
  400: { nb: "Ugyldig forespørsel", en: "Bad request" },
  401: { nb: "Ikke autentisert", en: "Unauthorized" },
  403: { nb: "Ingen tilgang", en: "Forbidden" },
  404: { nb: "Fant ikke ressursen", en: "Not found" },
  405: { nb: "Metoden er ikke tillatt", en: "Method not allowed" },
  409: { nb: "Konflikt", en: "Conflict" },
  413: { nb: "Forespørselen er for stor", en: "Content too large" },
  415: { nb: "Formatet støttes ikke", en: "Unsupported media type" },
  422: { nb: "Kan ikke behandle innholdet", en: "Unprocessable content" },
  429: { nb: "For mange forespørsler", en: "Too many requests" },
  500: { nb: "Intern feil", en: "Internal server error" },
  503: { nb: "Tjenesten er utilgjengelig", en: "Service unavailable" },
};

const TYPE_TITLES: Partial<Record<ProblemType, Record<ApiLanguage, string>>> = {
  [PROBLEM_TYPES.validation]: { nb: "Ugyldige data i forespørselen", en: "Invalid request data" },
};

export function problemTitle(status: number, language: ApiLanguage, type: string = PROBLEM_TYPES.blank): string {
  const byType = TYPE_TITLES[type as ProblemType];
  if (byType) return byType[language];
  return STATUS_TITLES[status]?.[language] ?? (language === "nb" ? "Feil" : "Error");
}

export interface ProblemOptions {
  type?: ProblemType;
  /** Human-readable explanation of this occurrence. Never include secrets, tokens or raw input. */
  detail?: string;
  /** Extension members, e.g. `errors` for validation problems. */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Builds the problem+json response for this request, in the language the client asked for. */
export function problem(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  { type = PROBLEM_TYPES.blank, detail, extensions, headers }: ProblemOptions = {},
): Response {
  const language = pickLanguage(c.req.header("Accept-Language"));
  const requestId = c.get("requestId");
  const body: ProblemDetails = {
    ...extensions,
    type,
    title: problemTitle(status, language, type),
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(requestId ? { instance: `urn:uuid:${requestId}` } : {}),
  };
  return c.body(JSON.stringify(body), status, {
    ...headers,
    "Content-Type": PROBLEM_CONTENT_TYPE,
    "Content-Language": language,
    // Errors describe one request; caching them would replay stale failures.
    "Cache-Control": "no-store",
  });
}
