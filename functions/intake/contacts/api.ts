/**
 * The contact register over the admin API (/api/v1/admin/contacts): read it (JSON, or CSV for the
 * spreadsheet), add or change addresses from a CSV or a JSON list, remove one. Mounted inside the admin
 * API, so its authentication (and any middleware over the admin API) covers these routes too.
 */
import { ADMIN_AUTH_REFUSALS } from "../admin/refusals";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { toCsv } from "../../core/csv";
import { findByCode, municipalitiesOn } from "../../core/municipalities";
import type { AppEnv } from "../../http/appEnv";
import { apiStrings, problem, PROBLEM_CONTENT as problems, PROBLEM_TYPES } from "../../http/problem";
import { adminActor } from "../admin/actor";
import { Code } from "../admin/newRound";
import { allContacts, db } from "../store";
import { CONTACT_LANGUAGES, ContactInputSchema, contactsFromCsv, contactsFromJson, ContactWarningSchema, decodeSpreadsheet, MAX_CONTACTS, warningsFor } from "./register";
import { deleteContact, saveContacts } from "./save";

export const ContactRegisterSchema = z
  .strictObject({
    contacts: z.array(
      z.strictObject({
        code: Code,
        name: z.string(),
        email: z.string(),
        language: z.enum(CONTACT_LANGUAGES),
        updatedAt: z.iso.datetime(),
      }),
    ),
    missing: z.array(z.strictObject({ code: Code, name: z.string() })).meta({ description: "Municipalities valid today without an address: they get no e-mail." }),
    warnings: z.array(ContactWarningSchema),
  })
  .openapi("ContactRegister");

export const ContactsSavedSchema = z
  .strictObject({
    saved: z.number().int().meta({ description: "Rows in the request." }),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    warnings: z.array(ContactWarningSchema),
  })
  .openapi("ContactsSaved");

export const CONTACTS_CSV_HEADER = ["kommunenummer", "kommune", "epost", "målform"] as const;

export const contactsApi = new OpenAPIHono<AppEnv>();

contactsApi.openapi(
  createRoute({
    method: "get",
    path: "/contacts",
    summary: "The contact register: each municipality's official address, and those without one",
    responses: { ...ADMIN_AUTH_REFUSALS,
      200: {
        description: "The register (JSON, or with Accept: text/csv the spreadsheet PUT reads back)",
        content: { "application/json": { schema: ContactRegisterSchema }, "text/csv": { schema: z.string() } },
      },
    },
  }),
  async (c) => {
    const today = new Date().toISOString().slice(0, 10);
    const rows = await allContacts(db(c.env.DB));
    const name = (code: string) => findByCode(code, today)?.name ?? code;
    c.header("Cache-Control", "no-store");
    if ((c.req.header("Accept") ?? "").includes("text/csv")) {
      const csv = toCsv(CONTACTS_CSV_HEADER, rows.map((r) => [r.code, name(r.code), r.email, r.language]));
      return c.body(csv, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="rettsjekk-kontakter.csv"' });
    }
    const have = new Set(rows.map((r) => r.code));
    return c.json(
      {
        contacts: rows.map((r) => ({ code: r.code, name: name(r.code), email: r.email, language: r.language, updatedAt: r.updatedAt })),
        missing: municipalitiesOn(today).filter((m) => !have.has(m.code)).map((m) => ({ code: m.code, name: m.name })),
        warnings: warningsFor(rows, apiStrings(c).contacts),
      },
      200,
    );
  },
);

contactsApi.openapi(
  createRoute({
    method: "put",
    path: "/contacts",
    summary: "Add or change municipalities' addresses (the rows given; others stay). All rows are checked first: one bad row and nothing is written",
    description:
      "CSV (text/csv): columns kommunenummer;epost and optionally målform (bokmål/nynorsk), semicolon or comma, UTF-8 or Windows-1252. " +
      "JSON: a list of {code, email, language}. Numbers must be valid today; an old number is refused with what it became. " +
      "An address that looks like a person's, or a private mailbox, is saved with a warning.",
    // Not "required": with it, zod-openapi would validate every body as JSON, CSV included.
    request: { body: { required: false, content: { "application/json": { schema: z.array(ContactInputSchema).max(MAX_CONTACTS) }, "text/csv": { schema: z.string() } } } },
    responses: { ...ADMIN_AUTH_REFUSALS,
      200: { description: "Saved; warnings name addresses to replace", content: { "application/json": { schema: ContactsSavedSchema } } },
      400: { description: "Rows to correct (nothing was saved): errors name the row and the field", content: problems },
      415: { description: "Neither CSV nor JSON", content: problems },
    },
  }),
  async (c) => {
    const words = apiStrings(c);
    const type = c.req.header("Content-Type") ?? "";
    let parsed;
    if (type.startsWith("text/csv")) {
      parsed = contactsFromCsv(decodeSpreadsheet(await c.req.arrayBuffer()), words.contacts);
    } else if (type.startsWith("application/json")) {
      parsed = contactsFromJson(c.req.valid("json") as Array<z.infer<typeof ContactInputSchema>>, words.contacts);
    } else {
      return problem(c, 415);
    }
    if (parsed.errors.length > 0) {
      return problem(c, 400, { type: PROBLEM_TYPES.validation, detail: words.details.validation, extensions: { errors: parsed.errors } });
    }
    const result = await saveContacts(c.env.DB, parsed.contacts, adminActor(c));
    return c.json({ ...result, warnings: warningsFor(parsed.contacts, words.contacts) }, 200);
  },
);

contactsApi.openapi(
  createRoute({
    method: "delete",
    path: "/contacts/{code}",
    summary: "Remove a municipality's address (it gets no more e-mails)",
    request: { params: z.object({ code: Code.openapi({ param: { name: "code", in: "path" } }) }) },
    responses: { ...ADMIN_AUTH_REFUSALS, 204: { description: "Removed" }, 404: { description: "No address for this municipality", content: problems } },
  }),
  async (c) => ((await deleteContact(c.env.DB, c.req.valid("param").code, adminActor(c))) ? c.body(null, 204) : problem(c, 404)),
);
