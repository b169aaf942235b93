/**
 * The contact register's input: a spreadsheet (CSV with semicolons or commas, UTF-8 with or without a
 * BOM, or Windows-1252 as older Excel saves it; leading zeros lost: 301 is 0301) or a JSON list. Every
 * row is checked against the municipality register valid today: an old number is refused with what it
 * became, never mapped silently. An address that looks like a person's gets a warning, not a refusal.
 */
import { z } from "@hono/zod-openapi";
import Papa from "papaparse";
import type { ContactStrings } from "../../core/i18n/schema";
import { explainCode } from "../../core/municipalities";
import type { ValidationCode } from "../../core/rules";

export const MAX_CONTACTS = 1_000;
export const CONTACT_LANGUAGES = ["nb", "nn"] as const;
export type ContactLanguage = (typeof CONTACT_LANGUAGES)[number];

const Code = z.string().regex(/^\d{4}$/);

/** One row of the JSON form (the CSV's columns under English names). */
export const ContactInputSchema = z
  .strictObject({
    code: z.string().max(20).meta({ description: "Municipality number, valid today (four digits; 301 is read as 0301)." }),
    email: z.string().max(254).meta({ description: "The municipality's official address (postmottak)." }),
    language: z.string().max(20).optional().meta({ description: "Written standard of its e-mails: nb (bokmål, default) or nn (nynorsk)." }),
  })
  .openapi("ContactInput");

export const WARNING_CODES = ["person-like", "private-provider"] as const;
export const ContactWarningSchema = z
  .strictObject({ code: Code, warning: z.enum(WARNING_CODES), message: z.string() })
  .openapi("ContactWarning", { description: "The address was saved, but looks like a person's or a private mailbox: replace it with the office's." });
export type ContactWarning = z.infer<typeof ContactWarningSchema>;

export interface Contact {
  code: string;
  email: string;
  language: ContactLanguage;
}

export interface RowProblem {
  field: string;
  code: ValidationCode;
  message: string;
}

export interface ParsedContacts {
  contacts: Contact[];
  errors: RowProblem[];
}

const HEADERS: Record<keyof Contact, string[]> = {
  code: ["kommunenummer", "kommunenr", "knr", "kommune", "code"],
  email: ["epost", "e-post", "epostadresse", "e-postadresse", "postmottak", "email", "e-mail"],
  language: ["målform", "malform", "språk", "sprak", "language"],
};

/** Spreadsheet bytes as text: UTF-8 when they are UTF-8, else Windows-1252 (Excel's "CSV" in Norway). */
export function decodeSpreadsheet(bytes: ArrayBuffer): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

/** CSV rows as contacts; row numbers in messages are the spreadsheet's own (the header is row 1). */
export function contactsFromCsv(text: string, words: ContactStrings): ParsedContacts {
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  const [header = [], ...rows] = data;
  const keys = header.map((h) => h.trim().toLowerCase());
  const column = (k: keyof Contact) => keys.findIndex((h) => HEADERS[k].includes(h));
  const [codeAt, emailAt, languageAt] = [column("code"), column("email"), column("language")];
  if (codeAt === -1 || emailAt === -1) return { contacts: [], errors: [{ field: "1", code: "required", message: words.noColumns }] };
  if (rows.length > MAX_CONTACTS) return { contacts: [], errors: [{ field: String(MAX_CONTACTS + 2), code: "too-large", message: words.tooMany(MAX_CONTACTS) }] };
  return validateContacts(
    rows.map((cells, i) => ({ at: String(i + 2), code: cells[codeAt] ?? "", email: cells[emailAt] ?? "", language: languageAt === -1 ? undefined : cells[languageAt] })),
    words,
    (at) => words.row(Number(at)),
  );
}

/** The JSON list; fields are named by their path in the body (`2.email`). */
export function contactsFromJson(list: z.infer<typeof ContactInputSchema>[], words: ContactStrings): ParsedContacts {
  return validateContacts(
    list.map((row, i) => ({ at: String(i), ...row })),
    words,
    () => "",
  );
}

type RawRow = { at: string; code: string; email: string; language?: string };

function validateContacts(rows: RawRow[], words: ContactStrings, prefix: (at: string) => string): ParsedContacts {
  const today = new Date().toISOString().slice(0, 10);
  const contacts: Contact[] = [];
  const errors: RowProblem[] = [];
  const seen = new Map<string, string[]>();
  for (const row of rows) {
    const fail = (field: string, code: ValidationCode, message: string) => errors.push({ field: `${row.at}.${field}`, code, message: prefix(row.at) + message });
    const code = normaliseCode(row.code);
    const email = row.email.trim().replace(/^mailto:/i, "").toLowerCase();
    const language = normaliseLanguage(row.language);
    let ok = true;
    if (!code) {
      fail("code", "invalid-value", words.invalidCode(row.code.trim()));
      ok = false;
    } else {
      const problem = codeProblem(code, today, words);
      if (problem) {
        fail("code", "invalid-value", problem);
        ok = false;
      }
      seen.set(code, [...(seen.get(code) ?? []), row.at]);
    }
    if (email === "") {
      fail("email", "required", words.missingEmail);
      ok = false;
    } else if (!z.email().safeParse(email).success || email.length > 254) {
      fail("email", "invalid-value", words.invalidEmail(email));
      ok = false;
    }
    if (!language) {
      fail("language", "invalid-value", words.invalidLanguage(String(row.language).trim()));
      ok = false;
    }
    if (ok) contacts.push({ code: code!, email, language: language! });
  }
  for (const [code, ats] of seen) {
    if (ats.length > 1) errors.push({ field: `${ats[1]}.code`, code: "invalid-value", message: words.duplicate(code, ats.map(Number)) });
  }
  return { contacts, errors };
}

function normaliseCode(raw: string): string | undefined {
  const digits = raw.trim();
  return /^\d{3,4}$/.test(digits) ? digits.padStart(4, "0") : undefined;
}

function normaliseLanguage(raw: string | undefined): ContactLanguage | undefined {
  const value = (raw ?? "").trim().toLowerCase();
  if (["", "nb", "bokmål", "bokmal", "b"].includes(value)) return "nb";
  if (["nn", "nynorsk", "n"].includes(value)) return "nn";
  return undefined;
}

/** Why a number cannot be used today: unknown, or what it became (as the register explains it). */
function codeProblem(code: string, today: string, words: ContactStrings): string | undefined {
  const e = explainCode(code, today);
  const on = (date: string) => date.split("-").reverse().join(".");
  switch (e.kind) {
    case "current":
      return undefined;
    case "renumbered":
      return words.renumbered(e.from, e.to, on(e.changedOn));
    case "merged":
      return words.merged(e.from, e.to, on(e.changedOn));
    case "split":
      return words.split(e.from, e.to, on(e.changedOn));
    case "unknown":
      return words.unknownCode(code);
  }
}

/** Words in a local part that name an office rather than a person (postmottak, servicetorget, flyktningtjenesten…). */
const OFFICE_WORD = /post|mottak|kommune|firma|service|sentral|kunde|innbygger|flyktning|integrering|introduksjon|bosetting|nav|kontor|avdeling|tjeneste|senter|admin|info|kontakt|rapport|okonomi|økonomi|skole|opplaering|opplæring|ekspedisjon|arkiv|dokument|bydel|sekretariat|radhus|rådhus/;
/** Mailboxes for private people, not offices. */
const PRIVATE_PROVIDERS = new Set([
  "gmail.com", "googlemail.com", "hotmail.com", "hotmail.no", "outlook.com", "live.com", "live.no", "msn.com", "yahoo.com",
  "yahoo.no", "icloud.com", "me.com", "online.no", "start.no", "getmail.no", "altibox.no", "proton.me", "protonmail.com",
]);

/** A warning when an address looks like a named person's (`fornavn.etternavn@…`) or a private mailbox. */
export function addressWarning(email: string): (typeof WARNING_CODES)[number] | undefined {
  const [local = "", domain = ""] = email.split("@");
  if (PRIVATE_PROVIDERS.has(domain)) return "private-provider";
  const parts = local.split(/[._-]+/);
  if (parts.length >= 2 && parts.every((p) => /^\p{L}+$/u.test(p)) && !parts.some((p) => OFFICE_WORD.test(p))) return "person-like";
  return undefined;
}

export function warningsFor(contacts: Contact[], words: ContactStrings): ContactWarning[] {
  return contacts.flatMap((c) => {
    const warning = addressWarning(c.email);
    if (!warning) return [];
    return [{ code: c.code, warning, message: warning === "person-like" ? words.personLike(c.email) : words.privateProvider(c.email) }];
  });
}

