/** A new reporting round: one schema for the admin API, the admin form and the OpenAPI document. */
import { z } from "@hono/zod-openapi";
import { REPORT_TEMPLATES, withCode } from "../../core/rules";
import { RemindersSchema } from "../mail/schedule";
import { freeText } from "../values";

const utc = z.iso.datetime({ offset: true }).openapi({ example: "2026-12-01T12:00:00+01:00" });
export const Code = z.string().regex(/^\d{4}$/);

export const NewRoundSchema = z
  .strictObject({
    template: z.enum(REPORT_TEMPLATES.map((t) => t.id) as [string, ...string[]]),
    title: freeText(200).min(3),
    opensAt: utc,
    closesAt: utc,
    allowLate: z.boolean().optional(),
    municipalities: z.union([z.literal("all"), z.array(Code).min(1).max(400)]),
    reminders: RemindersSchema.optional(),
  })
  .refine((r) => new Date(r.closesAt) > new Date(r.opensAt), { path: ["closesAt"], ...withCode("end-before-start") })
  .openapi("NewRound");

/** The admin form's field messages (IMDi staff read bokmål), by the first path segment of an issue. */
export const NEW_ROUND_MESSAGES: Record<string, string> = {
  template: "Velg en mal.",
  title: "Skriv en tittel på 3–200 tegn.",
  opensAt: "Skriv når runden åpner, som dato og klokkeslett.",
  closesAt: "Skriv fristen som dato og klokkeslett, etter at runden åpner.",
  municipalities: "Kommunenummer er fire sifre, skilt med komma.",
  reminders: "Påminnelser: høyst tre ulike antall dager før fristen (0–60), skilt med komma, for eksempel 7, 2, 0.",
};
