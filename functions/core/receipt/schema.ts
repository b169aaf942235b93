import { z } from "zod";
import { IsoDateString } from "../rules/catalogSchema";
import { ChangeSchema } from "../rules/history/schema";

/**
 * The receipt every answer, printed result and decision draft carries (issue #14): enough to show later
 * which rules gave the answer, and to check with POST /api/v1/eligibility/verify that today's engine
 * gives the same. A response schema: the rest of the core takes its type only.
 */
const hash = z.string().regex(/^[0-9a-f]{32}$/).meta({ description: "First 128 bits of SHA-256 over the canonical JSON (RFC 8785), hex." });

export const ReceiptSchema = z
  .strictObject({
    version: z.literal(1),
    rulesVersion: z.string().max(60).meta({ description: "The rules version of the answer (X-Rules-Version)." }),
    catalogHash: hash.meta({ description: "Hash of the rules catalog's data (every rule's windows, figures, validity, citations and notes)." }),
    asOf: IsoDateString.meta({ description: "The assessment date." }),
    inputHash: hash.meta({ description: "Hash of the normalised input: { asOf, person } as the person schema parsed it." }),
    outcomeHash: hash.meta({ description: "Hash of the outcome: per rule its status, months, grant, deadlines and missing fields." }),
  })
  .meta({ id: "AnswerReceipt" });
export type Receipt = z.infer<typeof ReceiptSchema>;

export const VerificationSchema = z
  .strictObject({
    match: z.boolean().meta({ description: "True when today's engine gives the same outcome for the same input." }),
    input: z.enum(["same", "different"]).meta({ description: "Whether the request is the one the receipt was made for." }),
    outcome: z.enum(["same", "different"]),
    catalog: z.enum(["same", "changed", "unknown"]).meta({ description: "The catalog since the receipt: the same data, changed since a kept version, or a version that was never kept." }),
    receiptVersion: z.string().nullable().meta({ description: "The kept rules version the receipt's catalog hash belongs to." }),
    currentVersion: z.string(),
    current: ReceiptSchema.meta({ description: "The receipt of today's answer to the same request." }),
    changedRules: z
      .array(z.strictObject({ rule: z.string(), inAnswer: z.boolean().meta({ description: "Whether today's answer for this person includes the rule." }), changes: z.array(ChangeSchema) }))
      .meta({ description: "Rules that changed between the receipt's catalog version and today's." }),
  })
  .meta({ id: "Verification" });
export type Verification = z.infer<typeof VerificationSchema>;
