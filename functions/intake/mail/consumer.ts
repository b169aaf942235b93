/**
 * The queue consumer: one message = one delivery id = at most one e-mail sent. Per message:
 * 1. claim the delivery (a lease in D1), so two copies of a message never send at once, and count the attempt;
 * 2. check it is still wanted (a reminder to a municipality that has since reported, or after the deadline
 *    of a round without late reporting, is skipped);
 * 3. for a link or reminder, make the token HERE, store only its hash (tied to this delivery), and put it
 *    in the e-mail only: it is never in a queue message, a log, the audit log or an admin's screen;
 * 4. send through the `send_email` binding and record the outcome.
 * A delivery already sent is acknowledged without sending (twice is once). A failed send is retried with
 * exponential backoff; after MAX_RETRIES the message goes to the dead-letter queue and the delivery shows
 * "failed" with the reason, for an admin to re-send.
 */
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { findByCode } from "../../core/municipalities";
import { getReportTemplate } from "../../core/rules";
import { publicOrigin } from "../../http/publicOrigin";
import { errorMessage, logEvent } from "../../http/requestLog";
import { randomToken, sha256 } from "../crypto";
import { contactByCode, db, deliveryById, LINK_DAYS_AFTER_DEADLINE, roundById, schema, submissionByReference, type Db } from "../store";
import { price, reportTotal, type ReportValues } from "../values";
import { linkMail, receiptMail, reminderMail, type ComposedMail } from "./compose";
import type { MailMessage } from "./dispatch";

/** Must equal `max_retries` of the mail queue's consumer in wrangler.toml (a test holds them equal). */
export const MAX_RETRIES = 5;
export const MAIL_QUEUE = "rettsjekk-mail";
export const DEAD_LETTER_QUEUE = "rettsjekk-mail-dead";
/** How long a claimed delivery is held for one attempt; a crashed attempt is taken over after this. */
const LEASE_MS = 5 * 60_000;

/** Seconds before retry n (1-based): 30 s, 60 s, 2 min, 4 min, 8 min. */
export function backoffSeconds(attempt: number): number {
  return 30 * 2 ** Math.min(Math.max(attempt - 1, 0), 4);
}

type Outcome = "sent" | "skipped" | "failed" | "done" | "busy";

export async function handleMailBatch(batch: MessageBatch<MailMessage>, env: Env, now: () => Date = () => new Date()): Promise<void> {
  for (const message of batch.messages) {
    const id = typeof message.body?.deliveryId === "string" ? message.body.deliveryId.slice(0, 64) : "";
    if (batch.queue === DEAD_LETTER_QUEUE) {
      await giveUp(db(env.DB), id, now());
      message.ack();
      continue;
    }
    try {
      const outcome = await deliver(env, id, now);
      if (outcome === "busy") message.retry({ delaySeconds: backoffSeconds(1) });
      else message.ack();
    } catch (error) {
      const final = message.attempts > MAX_RETRIES;
      const reason = redact(errorMessage(error));
      logEvent("warn", "mail_failed", { deliveryId: id, attempt: message.attempts, final, reason });
      await recordFailure(db(env.DB), id, reason, final, now()).catch((e) => logEvent("error", "mail_failure_not_recorded", { deliveryId: id, message: redact(errorMessage(e)) }));
      // Retried even on the last attempt, so the platform moves the message to the dead-letter queue.
      message.retry({ delaySeconds: backoffSeconds(message.attempts) });
    }
  }
}

async function deliver(env: Env, id: string, clock: () => Date): Promise<Outcome> {
  const d = db(env.DB);
  const t = schema.deliveries;
  const now = clock();
  const at = now.toISOString();
  const [claimed] = await d
    .update(t)
    .set({ leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(), attempts: sql`${t.attempts} + 1`, updatedAt: at })
    .where(and(eq(t.id, id), eq(t.status, "queued"), or(isNull(t.leaseUntil), lt(t.leaseUntil, at))))
    .returning();
  if (!claimed) {
    const row = await deliveryById(d, id);
    return row?.status === "queued" ? "busy" : "done";
  }
  const round = await roundById(d, claimed.roundId);
  const template = round && getReportTemplate(round.template);
  const contact = await contactByCode(d, claimed.code);
  if (!round || !template) return finish(d, id, "skipped", "no-round", at);
  if (!contact) return finish(d, id, "failed", "no-address", at);
  const name = findByCode(claimed.code, round.createdAt.slice(0, 10))?.name ?? claimed.code;
  const replyTo = env.MAIL_REPLY_TO;
  let mail: ComposedMail;
  if (claimed.kind === "receipt") {
    const submission = await submissionByReference(d, round.id, claimed.code, claimed.slot);
    if (!submission) return finish(d, id, "skipped", "no-submission", at);
    const values = JSON.parse(submission.values) as ReportValues;
    const total = reportTotal(template, claimed.code, values, round.createdAt.slice(0, 10));
    mail = receiptMail(contact.language, {
      code: claimed.code,
      name,
      round,
      template,
      receipt: { ...submission, lines: price(template, values).lines },
      total,
      replyTo,
    });
  } else {
    const linkExpiresAt = new Date(new Date(round.closesAt).getTime() + LINK_DAYS_AFTER_DEADLINE * 86_400_000).toISOString();
    if (at > linkExpiresAt) return finish(d, id, "skipped", "link-expired", at);
    if (at > round.closesAt && !round.allowLate) return finish(d, id, "skipped", "deadline-passed", at);
    if (claimed.kind === "reminder" && (await hasReported(d, round.id, claimed.code))) return finish(d, id, "skipped", "reported", at);
    // The token exists from here on only in this function and in the e-mail; the database gets its hash.
    const token = randomToken();
    const url = `${publicOrigin(env)}/rapport/lenke/${token}`;
    const links = schema.links;
    await d.batch([
      // A retry replaces the link of the attempt before it, whose token was never delivered.
      d.update(links).set({ revokedAt: at }).where(and(eq(links.deliveryId, id), isNull(links.revokedAt))),
      d.insert(links).values({ id: crypto.randomUUID(), roundId: round.id, code: claimed.code, tokenHash: await sha256(token), createdAt: at, deliveryId: id }),
    ]);
    const parts = { code: claimed.code, name, round, url, linkExpiresAt, replyTo };
    mail = claimed.kind === "link" ? linkMail(contact.language, parts) : reminderMail(contact.language, { ...parts, now });
  }
  await env.EMAIL.send({ from: { name: "IMDi – Rettsjekk", email: env.MAIL_FROM }, to: contact.email, replyTo, subject: mail.subject, text: mail.text, html: mail.html, ...(mail.attachments ? { attachments: mail.attachments } : {}) });
  await d.update(t).set({ status: "sent", sentAt: clock().toISOString(), updatedAt: clock().toISOString(), leaseUntil: null, reason: null }).where(eq(t.id, id));
  return "sent";
}

async function finish(d: Db, id: string, status: "skipped" | "failed", reason: string, at: string): Promise<Outcome> {
  await d.update(schema.deliveries).set({ status, reason, updatedAt: at, leaseUntil: null }).where(eq(schema.deliveries.id, id));
  return status;
}

async function hasReported(d: Db, roundId: string, code: string): Promise<boolean> {
  const s = schema.submissions;
  return (await d.select({ id: s.id }).from(s).where(and(eq(s.roundId, roundId), eq(s.code, code))).limit(1)).length > 0;
}

/** A failed attempt: the reason is kept, the link made for it revoked; after the last attempt the delivery is failed. */
async function recordFailure(d: Db, id: string, reason: string, final: boolean, now: Date): Promise<void> {
  const at = now.toISOString();
  const t = schema.deliveries;
  await d.batch([
    d.update(t).set({ status: final ? "failed" : "queued", reason, updatedAt: at, leaseUntil: null }).where(and(eq(t.id, id), eq(t.status, "queued"))),
    d.update(schema.links).set({ revokedAt: at }).where(and(eq(schema.links.deliveryId, id), isNull(schema.links.revokedAt))),
  ]);
}

/** The dead-letter queue's consumer: whatever is still queued for this id has failed for good. */
async function giveUp(d: Db, id: string, now: Date): Promise<void> {
  const row = await deliveryById(d, id);
  if (row?.status === "queued") await recordFailure(d, id, row.reason ?? "dead-letter", true, now);
}

/** Error texts can name the recipient ("email to x@y not allowed"): addresses are cut before anything is stored or logged. */
export function redact(message: string): string {
  return message.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, "<adresse>").slice(0, 200);
}
