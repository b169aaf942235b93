/**
 * POST /api/v1/eligibility/batch: a participant list as a JSON array of persons or as CSV (the same
 * columns as the browser tool). Answers per-row statuses and the summary per reporting line. The rows
 * are neither stored nor logged.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import Papa from "papaparse";
import type { AppEnv } from "../http/appEnv";
import { limitBody } from "../http/bodyLimit";
import { problem, PROBLEM_CONTENT } from "../http/problem";
import { factsAfter, IsoDateSchema, PersonSchema, RULES_VERSION, todayInOslo } from "../core/rules";
import { BatchAnswerSchema } from "../core/batch/answerSchema";
import { decodeText } from "../core/batch/encoding";
import { parseRows, type ParsedRow } from "../core/batch/rows";
import { evaluateRows, summarise } from "../core/batch/summary";

export const MAX_ROWS = 5_000;
export const MAX_BATCH_BYTES = 2 * 1024 * 1024;

const route = createRoute({
  method: "post",
  path: "/",
  summary: `Determinations for a participant list (at most ${MAX_ROWS} rows, ${MAX_BATCH_BYTES / 1024 / 1024} MB)`,
  description: "JSON: an array of persons. CSV (text/csv): the participant-list columns, semicolon or comma, dd.mm.yyyy or ISO dates, UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252. Rows are not stored or logged.",
  request: {
    // The same date schema as the single endpoint's asOf, so a bad date is the same 400 with a field message.
    query: z.object({ asOf: IsoDateSchema.optional().meta({ description: "Assessment date; default today in Europe/Oslo." }) }),
    // Not "required": with it, zod-openapi would validate every body as JSON, CSV included.
    body: { required: false, content: { "application/json": { schema: z.array(z.unknown()).max(MAX_ROWS) }, "text/csv": { schema: z.string() } } },
  },
  responses: {
    200: { description: "Per-row statuses and the summary per reporting line", content: { "application/json": { schema: BatchAnswerSchema } } },
    400: { description: "Not a list, or an invalid asOf (field messages as for /eligibility)", content: PROBLEM_CONTENT },
    413: { description: `Over ${MAX_ROWS} rows or ${MAX_BATCH_BYTES} bytes`, content: PROBLEM_CONTENT },
  },
});

export const batchApi = new OpenAPIHono<AppEnv>();
batchApi.use(limitBody(MAX_BATCH_BYTES, (c) => problem(c, 413, { detail: `At most ${MAX_BATCH_BYTES} bytes.` })));

batchApi.openapi(route, async (c) => {
  const asOf = c.req.valid("query").asOf ?? todayInOslo();
  const type = c.req.header("Content-Type") ?? "";
  let rows: ParsedRow[];
  if (type.startsWith("text/csv")) {
    // The same reading as the page's: a BOM, else strict UTF-8, else Windows-1252 (older Excel's CSV).
    const { text } = decodeText(new Uint8Array(await c.req.arrayBuffer()));
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    if (parsed.data.length - 1 > MAX_ROWS) return problem(c, 413, { detail: `At most ${MAX_ROWS} rows.` });
    rows = parseRows(parsed.data, asOf);
  } else {
    const list = (await c.req.json()) as unknown[];
    if (list.length > MAX_ROWS) return problem(c, 413, { detail: `At most ${MAX_ROWS} rows.` });
    rows = list.map((item, i) => {
      const p = PersonSchema.safeParse(item);
      if (!p.success) return { row: i + 1, ref: "", errors: [{ row: i + 1, column: "", code: "invalid-type" as const }] };
      const after = factsAfter(p.data, asOf);
      return after.length === 0
        ? { row: i + 1, ref: "", person: p.data, errors: [] }
        : { row: i + 1, ref: "", errors: after.map((e) => ({ row: i + 1, column: e.field, code: e.code })) };
    });
  }
  const results = evaluateRows(rows, asOf);
  c.header("X-Rules-Version", RULES_VERSION);
  c.header("Cache-Control", "no-store");
  return c.json({ asOf, rulesVersion: RULES_VERSION, rows: results, errors: rows.flatMap((r) => r.errors), summary: summarise(results) }, 200);
});
