// Demo data for `npm start`: a package III round open now, with fresh links for six municipalities, and
// the contact register's addresses for them (example addresses under the reserved .example domain, so
// nothing can ever be delivered), written into the local D1 database through wrangler. Prints the links,
// how to log in as admin, how to send the e-mails and run the cron, and where the e-mails are written.
// Idempotent: the demo round keeps its id; each start revokes the old demo links and issues new ones.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

const ROUND = "00000000-0000-4000-8000-000000000001";
const MUNICIPALITIES = ["0301", "4601", "3201", "5001", "1103", "4640"];
/** Demo contacts: the municipality's postmottak under .example; Sogndal writes nynorsk, so its e-mails do. */
const CONTACTS = [
  ["0301", "postmottak@oslo.kommune.example", "nb"],
  ["4601", "postmottak@bergen.kommune.example", "nb"],
  ["3201", "post@baerum.kommune.example", "nb"],
  ["5001", "postmottak@trondheim.kommune.example", "nb"],
  ["1103", "postmottak@stavanger.kommune.example", "nb"],
  ["4640", "postmottak@sogndal.kommune.example", "nn"],
];
// The default schedule (functions/intake/mail/schedule.ts): 7 and 2 days before and the deadline's morning.
const REMINDERS = JSON.stringify([7, 2, 0].map((daysBefore) => ({ daysBefore, time: "08:00" })));
const now = new Date();
const iso = (d) => d.toISOString();
const q = (s) => `'${String(s).replaceAll("'", "''")}'`;
const opens = iso(new Date(now.getTime() - 86_400_000));
const closes = iso(new Date(now.getTime() + 21 * 86_400_000));

const links = MUNICIPALITIES.map((code) => ({ code, token: randomBytes(32).toString("base64url") }));
const sql = [
  `INSERT INTO rounds (id, template, title, opens_at, closes_at, allow_late, created_at, reminders) VALUES (${q(ROUND)}, 'package-iii-2021', 'Demo: Integreringspakke III', ${q(opens)}, ${q(closes)}, 0, ${q(iso(now))}, ${q(REMINDERS)})
   ON CONFLICT(id) DO UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at, reminders = excluded.reminders;`,
  ...CONTACTS.map(([code, email, language]) => `INSERT INTO contacts (code, email, language, updated_at) VALUES (${q(code)}, ${q(email)}, ${q(language)}, ${q(iso(now))}) ON CONFLICT(code) DO UPDATE SET email = excluded.email, language = excluded.language;`),
  ...MUNICIPALITIES.map((c) => `INSERT OR IGNORE INTO round_municipalities (round_id, code) VALUES (${q(ROUND)}, ${q(c)});`),
  `UPDATE links SET revoked_at = ${q(iso(now))} WHERE round_id = ${q(ROUND)} AND revoked_at IS NULL;`,
  ...links.map(({ code, token }) => `INSERT INTO links (id, round_id, code, token_hash, created_at) VALUES (${q(crypto.randomUUID())}, ${q(ROUND)}, ${q(code)}, ${q(createHash("sha256").update(token).digest("hex"))}, ${q(iso(now))});`),
  `INSERT INTO audit_log (at, actor, action, round_id, detail) VALUES (${q(iso(now))}, 'demo-seed', 'links.issued', ${q(ROUND)}, '{"demo":true}');`,
].join("\n");
writeFileSync(".wrangler/demo-seed.sql", sql);
execFileSync("npx", ["wrangler", "d1", "execute", "DB", "--local", "--file", ".wrangler/demo-seed.sql"], { stdio: "ignore", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });

let adminToken = "(see .dev.vars)";
try {
  adminToken = readFileSync(".dev.vars", "utf8").match(/^ADMIN_TOKEN=(.*)$/m)?.[1] ?? adminToken;
} catch {
  /* .dev.vars is created just before wrangler dev starts */
}
console.log("\nRettsjekk demo — a reporting round open now (Integreringspakke III):");
for (const { code, token } of links) console.log(`  ${code}: http://localhost:8787/rapport/lenke/${token}`);
console.log(`\nAdmin: http://localhost:8787/admin/ — log in with the ADMIN_TOKEN in .dev.vars (${adminToken}).`);
console.log("API:   curl -H 'Authorization: Bearer <ADMIN_TOKEN>' http://localhost:8787/api/v1/admin/rounds/" + ROUND + "/status");
console.log(`\nE-mail: send the demo round's links from http://localhost:8787/admin/runder/${ROUND}/utsendelser, or
  curl -X POST -H 'Authorization: Bearer <ADMIN_TOKEN>' -H 'Content-Type: application/json' -d '{}' http://localhost:8787/api/v1/admin/rounds/${ROUND}/dispatch
  Run the cron (reminders, housekeeping) now: curl 'http://localhost:8787/__scheduled?cron=*%2F15+*+*+*+*'
  Nothing is sent locally: wrangler writes each e-mail as a file under .wrangler/tmp/email/ and prints its path
  ("send_email binding called with MessageBuilder: … Text: …txt, HTML: …html"). The addresses are under .example.\n`);
