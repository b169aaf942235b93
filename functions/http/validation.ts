/**
 * One validation-error format for every @hono/zod-openapi route: a problem+json 400 whose `errors`
 * member lists each invalid field as `{ field: "person.programme.start", code, message }`. Codes and
 * messages are the rules module's (`fieldErrors` + the language packs), shared with the forms and the
 * browser checker, so a field error reads the same everywhere.
 */
import type { Hook } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { z } from "zod";
import { fieldErrors } from "../core/rules/schema";
import { packFor } from "../core/i18n";
import { API_STRINGS } from "../core/i18n/api";
import type { AppEnv } from "./appEnv";
import { pickLanguage } from "./language";
import { problem, PROBLEM_TYPES } from "./problem";

/** Pass as `new OpenAPIHono<AppEnv>({ defaultHook: validationHook() })`; mounted sub-apps inherit it. */
export function validationHook(): Hook<unknown, AppEnv, string, Response | undefined> {
  return (result, c) => {
    if (result.success) return undefined;
    // zod-validator passes the raw input beside the result (not in zod-openapi's type); it lets us tell a
    // missing field from a wrongly typed one without echoing any input back.
    return validationProblem(c, result.error, (result as { data?: unknown }).data);
  };
}

/**
 * The 400 for a schema a handler checks itself (a report's values, whose schema depends on the round):
 * `prefix` is where that part sits in the request body, so `field` names it from the top (`values.x.count`).
 */
export function validationProblem(c: Context<AppEnv>, error: z.ZodError, input: unknown, prefix?: string) {
  const language = pickLanguage(c.req.header("Accept-Language"));
  const messages = packFor(language).validation;
  const errors = fieldErrors(error, input).map((e) => ({ ...e, field: [prefix, e.field].filter(Boolean).join("."), message: messages[e.code] }));
  return problem(c, 400, { type: PROBLEM_TYPES.validation, detail: API_STRINGS[language].details.validation, extensions: { errors } });
}
