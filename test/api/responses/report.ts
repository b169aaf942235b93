import { ProblemSchema } from "../../../functions/http/problem";
import { ReceiptSchema } from "../../../functions/intake/submit";
import { callWith, counts, submitJson } from "../../intake/helpers";
import { hour, json, session, type Case } from "./cases";

/** A municipality's report: its submissions, as each refusal answers them. */
export const REPORT_CASES: Case[] = [
  {
    route: "POST /api/v1/report/submissions",
    status: 201,
    schema: ReceiptSchema,
    send: async () => submitJson((await session()).cookie, "first-report-key", { values: counts(3, 1), expectedVersion: 0 }),
  },
  {
    route: "POST /api/v1/report/submissions",
    status: 200,
    schema: ReceiptSchema,
    send: async () => {
      const { cookie } = await session();
      await submitJson(cookie, "replayed-key-1", { values: counts(2), expectedVersion: 0 });
      return submitJson(cookie, "replayed-key-1", { values: counts(2), expectedVersion: 0 });
    },
  },
  { route: "POST /api/v1/report/submissions", status: 400, schema: ProblemSchema, send: async () => submitJson((await session()).cookie, "bad-values-key", { values: counts(-1), expectedVersion: 0 }) },
  {
    route: "POST /api/v1/report/submissions",
    status: 403,
    schema: ProblemSchema,
    send: async () => {
      const now = Date.now();
      const { cookie } = await session({ opensAt: new Date(now - 2 * hour).toISOString(), closesAt: new Date(now - hour).toISOString() });
      return submitJson(cookie, "closed-round-key", { values: counts(1), expectedVersion: 0 });
    },
  },
  { route: "POST /api/v1/report/submissions", status: 404, schema: ProblemSchema, send: () => submitJson("", "no-session-key", { values: counts(1), expectedVersion: 0 }) },
  {
    route: "POST /api/v1/report/submissions",
    status: 412,
    schema: ProblemSchema,
    send: async () => {
      const { cookie } = await session();
      await submitJson(cookie, "stale-key-1", { values: counts(1), expectedVersion: 0 });
      return submitJson(cookie, "stale-key-2", { values: counts(2), expectedVersion: 0, reason: "Retter antallet" });
    },
  },
  {
    route: "POST /api/v1/report/submissions",
    status: 422,
    schema: ProblemSchema,
    send: async () => {
      const { cookie } = await session();
      await submitJson(cookie, "reused-key-1", { values: counts(1), expectedVersion: 0 });
      return submitJson(cookie, "reused-key-1", { values: counts(5), expectedVersion: 0 });
    },
  },
  {
    route: "POST /api/v1/report/submissions",
    status: 429,
    schema: ProblemSchema,
    send: async () => {
      const { cookie } = await session();
      const refusing = { limit: async () => ({ success: false }) } as unknown as RateLimit;
      return callWith({ SUBMIT_LIMITER: refusing }, "/api/v1/report/submissions", json({ values: counts(1), expectedVersion: 0 }, { Cookie: cookie, "Idempotency-Key": "limited-key" }));
    },
  },
];
