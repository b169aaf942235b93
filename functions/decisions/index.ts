/**
 * POST /api/v1/decisions/draft: a decision-letter draft for one rule, for case systems. The same draft
 * the browser makes, with placeholders where the browser would put the personal details the caseworker
 * typed: the request carries none, and nothing is stored or logged.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/appEnv";
import { apiStrings, problem, PROBLEM_CONTENT } from "../http/problem";
import { EligibilityRequestSchema, evaluate, RULE_IDS, RULES_VERSION, todayInOslo } from "../core/rules";
import { draftBlocker, draftFor } from "../core/drafts/build";
import { draftHtml } from "../core/drafts/html";
import { DRAFT_LANGUAGES } from "../core/i18n/decisions";
import { makeReceipt, receiptCode } from "../core/receipt/receipt";
import { escapeHtml } from "../core/html";
import { DOCX_TYPE, draftDocx } from "./docx";

export const DraftRequestSchema = z
  .strictObject({
    request: EligibilityRequestSchema.meta({ description: "The person and assessment date, as for /api/v1/eligibility." }),
    rule: z.enum(RULE_IDS).meta({ description: "The rule to draft a decision for: one the municipality decides (the extended programme and Norwegian packages, chapter 6A's durations, extension and Norwegian training, the ordinary programme and Norwegian training)." }),
    lang: z.enum(DRAFT_LANGUAGES).meta({ description: "The municipality's administrative language: bokmål or nynorsk." }),
    format: z.enum(["docx", "html"]),
  })
  .meta({ id: "DraftRequest" });

const route = createRoute({
  method: "post",
  path: "/",
  summary: "A decision-letter draft (vedtaksutkast)",
  description:
    "The decision, its figures and deadlines, the legal basis and source as the catalog cites them, the facts, the reasons and interpretation notes, appeal as far as the sources say, and the receipt; personal details and the caseworker's own assessment as marked placeholders. A draft, to be checked against IMDi's own decision templates. Nothing is stored or logged.",
  request: { body: { required: true, content: { "application/json": { schema: DraftRequestSchema } } } },
  responses: {
    200: {
      description: "The draft as a Word document or an HTML page; the receipt also in the Rettsjekk-Receipt header",
      content: { [DOCX_TYPE]: { schema: z.string().meta({ format: "binary" }) }, "text/html": { schema: z.string() } },
    },
    400: { description: "Invalid input, with field-level messages", content: PROBLEM_CONTENT },
    413: { description: "Body too large", content: PROBLEM_CONTENT },
    415: { description: "Not JSON", content: PROBLEM_CONTENT },
    422: { description: "No draft for this rule: it does not apply to the legal basis, the municipality decides nothing under it, or the input does not decide it yet", content: PROBLEM_CONTENT },
  },
});

export const decisionsApi = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { request, rule, lang, format } = c.req.valid("json");
  const asOf = request.asOf ?? todayInOslo();
  const determinations = evaluate(request.person, asOf);
  const determination = determinations.find((d) => d.rule === rule);
  const why = determination ? draftBlocker(determination) : "not-evaluated";
  if (!determination || why) return problem(c, 422, { detail: apiStrings(c).details.noDraft(rule, why ?? "not-evaluated") });
  const receipt = await makeReceipt({ asOf, person: request.person }, determinations);
  const draft = draftFor({ determination, person: request.person, asOf, lang, receipt });
  if (!draft) return problem(c, 422, { detail: apiStrings(c).details.noDraft(rule, "undecided") });
  const headers = { "X-Rules-Version": RULES_VERSION, "Rettsjekk-Receipt": receiptCode(receipt), "Cache-Control": "no-store", "Content-Language": lang };
  if (format === "html") {
    const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(draft.title)}</title></head><body>${draftHtml(draft)}</body></html>`;
    return c.body(page, 200, { ...headers, "Content-Type": "text/html; charset=utf-8" });
  }
  return c.body(draftDocx(draft), 200, { ...headers, "Content-Type": DOCX_TYPE, "Content-Disposition": `attachment; filename="${draft.fileName}.docx"` });
});
