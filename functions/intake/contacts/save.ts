import { sql } from "drizzle-orm";
import { chunks } from "../chunks";
import { allContacts, db, schema } from "../store";
import { addressWarning, type Contact } from "./register";

/**
 * Writes the changed contacts and one audit line per change in ONE D1 batch. The audit line names the
 * municipality, the address's domain and the written standard, never the address itself: the audit log
 * is append-only, and an address that turns out to be a person's must be removable from the register.
 */
export async function saveContacts(d1: D1Database, incoming: Contact[], actor: string, now = new Date()) {
  const d = db(d1);
  const current = new Map((await allContacts(d)).map((c) => [c.code, c]));
  const changed = incoming.filter((c) => {
    const was = current.get(c.code);
    return !was || was.email !== c.email || was.language !== c.language;
  });
  const created = changed.filter((c) => !current.has(c.code)).length;
  const nowIso = now.toISOString();
  if (changed.length > 0) {
    const t = schema.contacts;
    // Rows per statement stay under D1's 100 bound parameters (4 per contact, 6 per audit line).
    const [first, ...rest] = [
      ...chunks(changed, 24).map((chunk) =>
        d
          .insert(t)
          .values(chunk.map((c) => ({ ...c, updatedAt: nowIso })))
          .onConflictDoUpdate({ target: t.code, set: { email: sql`excluded.email`, language: sql`excluded.language`, updatedAt: sql`excluded.updated_at` } }),
      ),
      ...chunks(changed, 16).map((chunk) =>
        d.insert(schema.auditLog).values(
          chunk.map((c) => ({ at: nowIso, actor, action: current.has(c.code) ? "contact.updated" : "contact.created", code: c.code, detail: auditDetail(c) })),
        ),
      ),
    ];
    await d.batch([first!, ...rest]);
  }
  return { saved: incoming.length, created, updated: changed.length - created, unchanged: incoming.length - changed.length };
}

export async function deleteContact(d1: D1Database, code: string, actor: string, now = new Date()): Promise<boolean> {
  // Raw SQL for the condition (as in submit.ts): the audit line goes in only if a row was deleted.
  const [deleted] = await d1.batch([
    d1.prepare("DELETE FROM contacts WHERE code = ? RETURNING code").bind(code),
    d1.prepare("INSERT INTO audit_log (at, actor, action, code) SELECT ?, ?, 'contact.deleted', ? WHERE changes() > 0").bind(now.toISOString(), actor, code),
  ]);
  return (deleted?.results.length ?? 0) > 0;
}

function auditDetail(c: Contact): string {
  return JSON.stringify({ domain: c.email.split("@")[1] ?? "", language: c.language, warning: addressWarning(c.email) ?? null });
}
