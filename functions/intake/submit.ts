import { getReportTemplate } from "../core/rules";
import { receiptReference, sha256 } from "./crypto";
import { price, type ReportValues } from "./values";

/**
 * One submission (a first report or a correction) as ONE D1 batch, so a failure leaves no partial rows:
 * claim the idempotency key, insert the version only if the key is ours and the expected version is
 * still the latest, write the audit line and the stored answer only if the version was inserted.
 * D1 runs a batch as one transaction and one statement at a time, so there is no window in which a
 * concurrent retry could see half a write: it sees either nothing (and claims the key) or the answer.
 */
export interface SubmitInput {
  roundId: string;
  code: string;
  idempotencyKey: string;
  expectedVersion: number;
  values: ReportValues;
  reason?: string;
  now: Date;
}

export type SubmitResult =
  | { kind: "created" | "replayed"; receipt: Receipt }
  | { kind: "key-reused" }
  | { kind: "stale"; latestVersion: number }
  | { kind: "closed" }
  | { kind: "not-open" };

export interface Receipt {
  reference: string;
  roundId: string;
  code: string;
  version: number;
  submittedAt: string;
  late: boolean;
  reason: string | null;
  lines: ReturnType<typeof price>["lines"];
  totalNok: number;
}

export async function submit(d1: D1Database, input: SubmitInput): Promise<SubmitResult> {
  const round = await d1.prepare("SELECT template, opens_at, closes_at, allow_late FROM rounds WHERE id = ?").bind(input.roundId).first<{
    template: string;
    opens_at: string;
    closes_at: string;
    allow_late: number;
  }>();
  const template = round && getReportTemplate(round.template);
  if (!round || !template) return { kind: "closed" };
  const nowIso = input.now.toISOString();
  const key = `${input.roundId}:${input.code}:${input.idempotencyKey}`;
  // Canonical order (the template's lines), so the same report in another key order is the same request.
  const canonical = template.lines.map((l) => input.values[l.id] ?? null);
  const requestHash = await sha256(JSON.stringify([canonical, input.reason ?? null, input.expectedVersion]));

  const existing = await replay(d1, key, requestHash);
  if (existing) return existing;
  if (nowIso < round.opens_at) return { kind: "not-open" };
  const late = nowIso > round.closes_at;
  if (late && !round.allow_late) return { kind: "closed" };

  const { lines, totalNok } = price(template, input.values);
  const reference = receiptReference();
  const attempt = crypto.randomUUID();
  const version = input.expectedVersion + 1;
  const receipt: Receipt = { reference, roundId: input.roundId, code: input.code, version, submittedAt: nowIso, late, reason: input.reason ?? null, lines, totalNok };
  const inserted = "EXISTS (SELECT 1 FROM submissions WHERE reference = ?)";
  await d1.batch([
    d1.prepare("INSERT INTO idempotency (key, request_hash, attempt, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING").bind(key, requestHash, attempt, nowIso),
    d1
      .prepare(
        `INSERT INTO submissions (id, round_id, code, version, "values", total_nok, reason, late, submitted_at, reference)
         SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
         WHERE (SELECT attempt FROM idempotency WHERE key = ?) = ?
           AND (SELECT COALESCE(MAX(version), 0) FROM submissions WHERE round_id = ? AND code = ?) = ?`,
      )
      .bind(crypto.randomUUID(), input.roundId, input.code, version, JSON.stringify(input.values), totalNok, input.reason ?? null, late ? 1 : 0, nowIso, reference, key, attempt, input.roundId, input.code, input.expectedVersion),
    d1
      .prepare(`INSERT INTO audit_log (at, actor, action, round_id, code, detail) SELECT ?, ?, ?, ?, ?, ? WHERE ${inserted}`)
      .bind(nowIso, `municipality:${input.code}`, version === 1 ? "report.submitted" : "report.corrected", input.roundId, input.code, JSON.stringify({ version, totalNok, late, reference }), reference),
    d1.prepare(`UPDATE idempotency SET response = ? WHERE key = ? AND attempt = ? AND ${inserted}`).bind(JSON.stringify(receipt), key, attempt, reference),
    // A stale correction leaves no claim behind, so the caller can retry with the latest version.
    d1.prepare("DELETE FROM idempotency WHERE key = ? AND attempt = ? AND response IS NULL").bind(key, attempt),
  ]);

  const after = await replay(d1, key, requestHash);
  if (after?.kind === "replayed" && after.receipt.reference === reference) return { kind: "created", receipt };
  if (after) return after;
  const latest = await d1.prepare("SELECT COALESCE(MAX(version), 0) AS v FROM submissions WHERE round_id = ? AND code = ?").bind(input.roundId, input.code).first<{ v: number }>();
  return { kind: "stale", latestVersion: latest?.v ?? 0 };
}

async function replay(d1: D1Database, key: string, requestHash: string): Promise<SubmitResult | undefined> {
  const row = await d1.prepare("SELECT request_hash, response FROM idempotency WHERE key = ?").bind(key).first<{ request_hash: string; response: string | null }>();
  if (!row || row.response === null) return undefined;
  if (row.request_hash !== requestHash) return { kind: "key-reused" };
  return { kind: "replayed", receipt: JSON.parse(row.response) as Receipt };
}
