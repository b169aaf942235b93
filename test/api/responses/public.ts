import { BatchAnswerSchema } from "../../../functions/core/batch/answerSchema";
import { RULE_IDS } from "../../../functions/core/rules";
import { EligibilityAnswerSchema } from "../../../functions/core/rules/answerSchema";
import { HealthSchema } from "../../../functions/health";
import { ProblemSchema } from "../../../functions/http/problem";
import { RuleListSchema, RuleSchema } from "../../../functions/rules-api/describe";
import { RuleChangesSchema } from "../../../functions/rules-api/changes";
import { VerificationSchema } from "../../../functions/core/receipt/schema";
import { CHANGELOG } from "../../../functions/core/rules/history";
import { DOCX_TYPE } from "../../../functions/decisions/docx";
import { call } from "../../intake/helpers";
import { example, json, type Case } from "./cases";

/** The public API: health, eligibility and its outputs, the participant list, the rules. */
export const PUBLIC_CASES: Case[] = [
  { route: "GET /api/health", status: 200, schema: HealthSchema, send: () => call("/api/health") },

  { route: "POST /api/v1/eligibility", status: 200, schema: EligibilityAnswerSchema, send: () => call("/api/v1/eligibility", json(example, { "Accept-Language": "en" })) },
  { route: "POST /api/v1/eligibility", status: 400, schema: ProblemSchema, send: () => call("/api/v1/eligibility", json({ person: { legalBasis: "asyl", age: -1 } })) },
  { route: "POST /api/v1/eligibility", status: 413, schema: ProblemSchema, send: () => call("/api/v1/eligibility", json({ pad: "x".repeat(70_000) })) },
  { route: "POST /api/v1/eligibility", status: 415, schema: ProblemSchema, send: () => call("/api/v1/eligibility", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }) },

  {
    route: "POST /api/v1/eligibility/verify",
    status: 200,
    schema: VerificationSchema,
    send: async () => {
      const { receipt } = (await (await call("/api/v1/eligibility", json(example))).json()) as { receipt: unknown };
      return call("/api/v1/eligibility/verify", json({ request: example, receipt }));
    },
  },
  { route: "POST /api/v1/eligibility/verify", status: 400, schema: ProblemSchema, send: () => call("/api/v1/eligibility/verify", json({ request: example, receipt: { version: 2 } })) },
  { route: "POST /api/v1/eligibility/verify", status: 413, schema: ProblemSchema, send: () => call("/api/v1/eligibility/verify", json({ pad: "x".repeat(70_000) })) },
  { route: "POST /api/v1/eligibility/verify", status: 415, schema: ProblemSchema, send: () => call("/api/v1/eligibility/verify", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }) },

  {
    route: "POST /api/v1/eligibility/deadlines.ics",
    status: 200,
    file: { type: "text/calendar; charset=utf-8", starts: "BEGIN:VCALENDAR\r\n" },
    send: () => call("/api/v1/eligibility/deadlines.ics?reference=A-1", json({ asOf: "2026-12-01", person: { legalBasis: "integreringsloven", settled: "2026-11-30" } })),
  },
  { route: "POST /api/v1/eligibility/deadlines.ics", status: 400, schema: ProblemSchema, send: () => call("/api/v1/eligibility/deadlines.ics", json({ person: { legalBasis: "asyl" } })) },
  { route: "POST /api/v1/eligibility/deadlines.ics", status: 413, schema: ProblemSchema, send: () => call("/api/v1/eligibility/deadlines.ics", json({ pad: "x".repeat(70_000) })) },
  { route: "POST /api/v1/eligibility/deadlines.ics", status: 415, schema: ProblemSchema, send: () => call("/api/v1/eligibility/deadlines.ics", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }) },

  { route: "POST /api/v1/decisions/draft", status: 200, file: { type: DOCX_TYPE, starts: "PK\u0003\u0004", binary: true }, send: () => call("/api/v1/decisions/draft", json({ request: example, rule: "IP3-PROG", lang: "nb", format: "docx" })) },
  { route: "POST /api/v1/decisions/draft", status: 200, file: { type: "text/html; charset=utf-8", starts: '<!doctype html><html lang="nn">' }, send: () => call("/api/v1/decisions/draft", json({ request: example, rule: "IP3-PROG", lang: "nn", format: "html" })) },
  { route: "POST /api/v1/decisions/draft", status: 400, schema: ProblemSchema, send: () => call("/api/v1/decisions/draft", json({ request: example, rule: "IP3-PROG", lang: "en", format: "pdf" })) },
  { route: "POST /api/v1/decisions/draft", status: 413, schema: ProblemSchema, send: () => call("/api/v1/decisions/draft", json({ pad: "x".repeat(70_000) })) },
  { route: "POST /api/v1/decisions/draft", status: 415, schema: ProblemSchema, send: () => call("/api/v1/decisions/draft", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }) },
  { route: "POST /api/v1/decisions/draft", status: 422, schema: ProblemSchema, send: () => call("/api/v1/decisions/draft", json({ request: example, rule: "UA-NOR", lang: "nb", format: "html" })) },

  { route: "POST /api/v1/eligibility/batch", status: 200, schema: BatchAnswerSchema, send: () => call("/api/v1/eligibility/batch?asOf=2026-11-22", json([example.person, { legalBasis: "asyl" }])) },
  {
    route: "POST /api/v1/eligibility/batch",
    status: 200,
    schema: BatchAnswerSchema,
    send: () =>
      call("/api/v1/eligibility/batch?asOf=2026-11-22", {
        method: "POST",
        headers: { "Content-Type": "text/csv" },
        body: "referanse;lovgrunnlag;programstart;alder\nA-1;introduksjonsloven;15.08.2019;31\nA-2;asyl;30.02.2019;131\n",
      }),
  },
  { route: "POST /api/v1/eligibility/batch", status: 400, schema: ProblemSchema, send: () => call("/api/v1/eligibility/batch", json({ not: "a list" })) },
  {
    route: "POST /api/v1/eligibility/batch",
    status: 413,
    schema: ProblemSchema,
    send: () => call("/api/v1/eligibility/batch", { method: "POST", headers: { "Content-Type": "text/csv" }, body: `lovgrunnlag\n${"introduksjonsloven\n".repeat(5_001)}` }),
  },

  { route: "GET /api/v1/rules", status: 200, schema: RuleListSchema, send: () => call("/api/v1/rules", { headers: { "Accept-Language": "uk" } }) },
  ...RULE_IDS.map((id): Case => ({ route: "GET /api/v1/rules/{id}", status: 200, schema: RuleSchema, send: () => call(`/api/v1/rules/${id}`) })),
  { route: "GET /api/v1/rules/changes", status: 200, schema: RuleChangesSchema, send: () => call("/api/v1/rules/changes") },
  { route: "GET /api/v1/rules/changes", status: 200, schema: RuleChangesSchema, send: () => call(`/api/v1/rules/changes?since=${encodeURIComponent(CHANGELOG[0]!.version)}`) },
  { route: "GET /api/v1/rules/changes", status: 404, schema: ProblemSchema, send: () => call("/api/v1/rules/changes?since=1999-01-01%2Bffffffff") },
  { route: "GET /api/v1/rules/{id}", status: 404, schema: ProblemSchema, send: () => call("/api/v1/rules/NO-SUCH-RULE") },
];
