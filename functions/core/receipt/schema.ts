import { z } from "zod";
import { IsoDateString } from "../rules/catalogSchema";

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
