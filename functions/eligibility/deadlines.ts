/** POST /api/v1/eligibility/deadlines.ics: one person's computed deadlines as an iCalendar file, for case systems. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/appEnv";
import { answerLanguage } from "../http/language";
import { PROBLEM_CONTENT } from "../http/problem";
import { EligibilityRequestSchema, evaluate, RULES_VERSION, todayInOslo } from "../core/rules";
import { OUTPUT_STRINGS } from "../core/i18n/outputs";
import { deadlineEvents, MAX_REFERENCE } from "../core/calendar/events";
import { CALENDAR_TYPE, toIcs } from "../formats/calendar";

const route = createRoute({
  method: "post",
  path: "/",
  summary: "One person's deadlines as a calendar file (.ics)",
  description:
    "The deadlines /api/v1/eligibility computes (decision and start, start of Norwegian training), as all-day events on their due dates in Norway (Europe/Oslo). Titles carry the deadline, the rule and the optional reference; texts follow Accept-Language. Nothing is stored or logged.",
  request: {
    query: z.object({
      reference: z.string().max(MAX_REFERENCE).optional().openapi({ param: { name: "reference", in: "query" }, example: "2026/123", description: "Put in front of every event title, e.g. a case number. Never a name unless you mean it." }),
    }),
    body: { required: true, content: { "application/json": { schema: EligibilityRequestSchema } } },
  },
  responses: {
    200: { description: "An iCalendar file (RFC 5545), empty of events when no deadline applies", content: { "text/calendar": { schema: z.string() } } },
    400: { description: "Invalid input, with field-level messages", content: PROBLEM_CONTENT },
    413: { description: "Body too large", content: PROBLEM_CONTENT },
    415: { description: "Not JSON", content: PROBLEM_CONTENT },
  },
});

export const deadlinesApi = new OpenAPIHono<AppEnv>().openapi(route, (c) => {
  const request = c.req.valid("json");
  const lang = answerLanguage(c.req.header("Accept-Language"));
  const determinations = evaluate(request.person, request.asOf ?? todayInOslo());
  const events = deadlineEvents([{ determinations, reference: c.req.valid("query").reference }], lang, RULES_VERSION);
  return c.body(toIcs(events, OUTPUT_STRINGS[lang].calendarName), 200, {
    "Content-Type": CALENDAR_TYPE,
    "Content-Disposition": 'attachment; filename="rettsjekk-frister.ics"',
    "Content-Language": lang,
    "X-Rules-Version": RULES_VERSION,
    "Cache-Control": "no-store",
  });
});
