/**
 * The intake's D1 schema (drizzle). Schema changes only through generated migrations:
 * `npm run db:generate -- --name <slug>`; `npm run db:check` fails when schema and migrations disagree.
 * No table holds personal data: municipalities report counts and amounts; tokens are stored as hashes.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** A reporting round made from a catalog report template. Times are UTC ISO strings. */
export const rounds = sqliteTable("rounds", {
  id: text("id").primaryKey(),
  template: text("template").notNull(),
  title: text("title").notNull(),
  opensAt: text("opens_at").notNull(),
  closesAt: text("closes_at").notNull(),
  allowLate: integer("allow_late", { mode: "boolean" }).notNull().default(false),
  createdAt: text("created_at").notNull(),
  /** The reminder schedule as JSON: `[{ daysBefore, time }]`, Norwegian time (functions/intake/mail/schedule.ts). */
  reminders: text("reminders").notNull().default("[]"),
});

/** The municipalities a round asks to report (4-digit codes valid when the round was made). */
export const roundMunicipalities = sqliteTable(
  "round_municipalities",
  { roundId: text("round_id").notNull().references(() => rounds.id), code: text("code").notNull() },
  (t) => [primaryKey({ columns: [t.roundId, t.code] })],
);

/** One link per municipality per round; only the SHA-256 of the token is kept. */
export const links = sqliteTable(
  "links",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id").notNull().references(() => rounds.id),
    code: text("code").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: text("created_at").notNull(),
    revokedAt: text("revoked_at"),
    /** The e-mail that carried this link (links made by the mail consumer); null for the admin's mail-merge links. */
    deliveryId: text("delivery_id"),
  },
  (t) => [uniqueIndex("links_token_hash").on(t.tokenHash), index("links_round_code").on(t.roundId, t.code), index("links_delivery").on(t.deliveryId)],
);

/** Browser sessions made from a link (municipality) or a login (admin); only the hash of the id is kept. */
export const sessions = sqliteTable("sessions", {
  idHash: text("id_hash").primaryKey(),
  kind: text("kind", { enum: ["municipality", "admin"] }).notNull(),
  linkId: text("link_id"),
  expiresAt: text("expires_at").notNull(),
  /**
   * A municipality's checked answers waiting on the check-answers page (JSON: the fields as typed, the
   * reason, the expected version and the idempotency key), so that page is a GET: reloading it, or going
   * Back to it after sending, never posts again. Counts and amounts only; texts were checked before.
   */
  draft: text("draft"),
});

/** Every submitted version; the latest counts. Values are counts and amounts per report line, as JSON. */
export const submissions = sqliteTable(
  "submissions",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id").notNull().references(() => rounds.id),
    code: text("code").notNull(),
    version: integer("version").notNull(),
    values: text("values").notNull(),
    totalNok: integer("total_nok").notNull(),
    reason: text("reason"),
    late: integer("late", { mode: "boolean" }).notNull().default(false),
    submittedAt: text("submitted_at").notNull(),
    reference: text("reference").notNull(),
  },
  (t) => [uniqueIndex("submissions_version").on(t.roundId, t.code, t.version), uniqueIndex("submissions_reference").on(t.reference)],
);

/** Idempotency keys for submissions, scoped to round and municipality; the answer is kept for replay. */
export const idempotency = sqliteTable("idempotency", {
  key: text("key").primaryKey(),
  requestHash: text("request_hash").notNull(),
  attempt: text("attempt").notNull(),
  response: text("response"),
  createdAt: text("created_at").notNull(),
});

/**
 * Links just issued on the admin page, held for the one page view after post/redirect/get and then
 * deleted: encrypted (AES-GCM) under a key that lives only in the issuing admin's cookie, so this table
 * alone opens nothing. Housekeeping deletes any left after `expiresAt` (minutes).
 */
export const linkHandoffs = sqliteTable("link_handoffs", {
  id: text("id").primaryKey(),
  roundId: text("round_id").notNull().references(() => rounds.id),
  /** base64 of IV ‖ ciphertext. */
  sealed: text("sealed").notNull(),
  count: integer("count").notNull(),
  createdAt: text("created_at").notNull(),
  expiresAt: text("expires_at").notNull(),
});

/** Append-only audit log of admin actions and submissions (a trigger refuses UPDATE and DELETE). */
export const auditLog = sqliteTable("audit_log", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  at: text("at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  actor: text("actor").notNull(),
  action: text("action").notNull(),
  roundId: text("round_id"),
  code: text("code"),
  detail: text("detail"),
});

/**
 * The contact register: each municipality's official address (postmottak), and the written standard
 * (bokmål or nynorsk) its e-mails are written in. Office addresses, not people's.
 */
export const contacts = sqliteTable("contacts", {
  code: text("code").primaryKey(),
  email: text("email").notNull(),
  language: text("language", { enum: ["nb", "nn"] }).notNull().default("nb"),
  updatedAt: text("updated_at").notNull(),
});

/**
 * One e-mail to one municipality: a link, a reminder or a receipt. Written before it is queued, so a send
 * is never lost; the queue message carries only the id, and the consumer is idempotent per id. `slot`
 * makes "twice is once": one first link per round, one reminder per scheduled time, one receipt per
 * submitted version. `leaseUntil` keeps two copies of a message from sending at the same time.
 */
export const deliveries = sqliteTable(
  "deliveries",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id").notNull().references(() => rounds.id),
    code: text("code").notNull(),
    kind: text("kind", { enum: ["link", "reminder", "receipt"] }).notNull(),
    slot: text("slot").notNull(),
    status: text("status", { enum: ["queued", "sent", "failed", "skipped"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** Why the last attempt failed or the delivery was skipped: a short code, never an address. */
    reason: text("reason"),
    queuedAt: text("queued_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    sentAt: text("sent_at"),
    leaseUntil: text("lease_until"),
  },
  (t) => [uniqueIndex("deliveries_slot").on(t.roundId, t.code, t.kind, t.slot), index("deliveries_status").on(t.status, t.updatedAt)],
);
