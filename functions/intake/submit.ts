import { z } from "zod";
import { getReportTemplate } from "../core/rules";
import { receiptReference, sha256 } from "./crypto";
import { price, PricedLineSchema, type ReportValues } from "./values";
import { receiptDeliveryStatement } from "./mail/dispatch";
import { db, idempotencyRecord, latestVersion, roundById, type Db } from "./store";

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
  /** `receiptDelivery`: the id of the receipt e-mail recorded with it, null when the municipality has no address. */
  | { kind: "created"; receipt: Receipt; receiptDelivery: string | null }
  | { kind: "replayed"; receipt: Receipt }
  | { kind: "key-reused" }
  | { kind: "stale"; latestVersion: number }
  | { kind: "closed" }
  | { kind: "not-open" };

/** What the municipality gets back for a submission (201), and again for a retry with the same key (200). */
export const ReceiptSchema = z
  .strictObject({
    reference: z.string().meta({ description: "The receipt's reference, to quote to IMDi." }),
    roundId: z.string(),
    code: z.string().regex(/^\d{4}$/).meta({ description: "Municipality number." }),
    version: z.number().int().min(1),
    submittedAt: z.iso.datetime(),
    late: z.boolean(),
    reason: z.string().nullable().meta({ description: "Why a correction was made; null for a first report." }),
    lines: z.array(PricedLineSchema),
    totalNok: z.number().int(),
  })
  .meta({ id: "Receipt" });
export type Receipt = z.infer<typeof ReceiptSchema>;

export async function submit(d1: D1Database, input: SubmitInput): Promise<SubmitResult> {
  const d = db(d1);
  const round = await roundById(d, input.roundId);
  const template = round && getReportTemplate(round.template);
  if (!round || !template) return { kind: "closed" };
  const nowIso = input.now.toISOString();
  const key = `${input.roundId}:${input.code}:${input.idempotencyKey}`;
  // Canonical order (the template's lines), so the same report in another key order is the same request.
  const canonical = template.lines.map((l) => input.values[l.id] ?? null);
  const requestHash = await sha256(JSON.stringify([canonical, input.reason ?? null, input.expectedVersion]));

  const existing = await replay(d, key, requestHash);
  if (existing) return existing;
  if (nowIso < round.opensAt) return { kind: "not-open" };
  const late = nowIso > round.closesAt;
  if (late && !round.allowLate) return { kind: "closed" };

  const { lines, totalNok } = price(template, input.values);
  const reference = receiptReference();
  const attempt = crypto.randomUUID();
  const receiptDelivery = crypto.randomUUID();
  const version = input.expectedVersion + 1;
  const receipt: Receipt = { reference, roundId: input.roundId, code: input.code, version, submittedAt: nowIso, late, reason: input.reason ?? null, lines, totalNok };
  const inserted = "EXISTS (SELECT 1 FROM submissions WHERE reference = ?)";
  // Raw SQL on purpose (the one exception to drizzle, see store.ts): each statement's WHERE reads what the
  // statements before it in this same batch wrote, which is what makes the batch safe against retries.
  const written = await d1.batch([
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
    // The copy of the receipt by e-mail, recorded with the version itself (only if it went in and the
    // municipality has an address), so a failure after this batch cannot lose it: mail/dispatch.ts.
    receiptDeliveryStatement(d1, { id: receiptDelivery, roundId: input.roundId, code: input.code, reference, at: nowIso }),
  ]);

  const after = await replay(d, key, requestHash);
  if (after?.kind === "replayed" && after.receipt.reference === reference) return { kind: "created", receipt, receiptDelivery: written.at(-1)?.results.length ? receiptDelivery : null };
  if (after) return after;
  return { kind: "stale", latestVersion: await latestVersion(d, input.roundId, input.code) };
}

async function replay(d: Db, key: string, requestHash: string): Promise<SubmitResult | undefined> {
  const row = await idempotencyRecord(d, key);
  if (!row || row.response === null) return undefined;
  if (row.requestHash !== requestHash) return { kind: "key-reused" };
  return { kind: "replayed", receipt: JSON.parse(row.response) as Receipt };
}
