import { z } from "zod";
import { ComputedDeadlineSchema, DeterminationSchema, MissSchema, ReasonSchema } from "./engine/determination";
import { ReceiptSchema } from "../receipt/schema";
import { LANGUAGES, NOTE_IDS } from "./vocabulary";

/**
 * A determination in words, and the eligibility answer (POST /api/v1/eligibility, and the browser
 * checker's result, which `wording.ts` builds from the same engine). zod schemas for the types, the
 * strict response check and the OpenAPI document; `wording.ts` takes the types only.
 */
const text = z.string();
const NoteSchema = z.strictObject({ id: z.enum(NOTE_IDS), text }).meta({ id: "Note" });

export const WordedReasonSchema = ReasonSchema.extend({
  bound: z.string().optional().meta({ description: "The rule's bound in interval notation, e.g. [2019-07-01, 2020-01-01)" }),
  text,
}).meta({ id: "Reason" });

export const WordedMissSchema = MissSchema.extend({ text }).meta({ id: "NearestMiss" });

export const WordedDeterminationSchema = DeterminationSchema.extend({
  title: text,
  summary: text,
  statusText: text,
  reasons: z.array(WordedReasonSchema),
  nearestMiss: z.array(WordedMissSchema),
  notes: z.array(NoteSchema),
  warnings: z.array(NoteSchema),
  deadlines: z.array(ComputedDeadlineSchema.extend({ text }).meta({ id: "Deadline" })),
}).meta({ id: "Determination" });
export type WordedDetermination = z.infer<typeof WordedDeterminationSchema>;

export const EligibilityAnswerSchema = z
  .strictObject({
    asOf: z.string().meta({ format: "date" }),
    rulesVersion: z.string(),
    lang: z.enum(LANGUAGES),
    determinations: z.array(WordedDeterminationSchema),
    receipt: ReceiptSchema.meta({ description: "Reproduces this answer: POST it with the request to /api/v1/eligibility/verify." }),
  })
  .meta({ id: "EligibilityAnswer" });
export type EligibilityAnswer = z.infer<typeof EligibilityAnswerSchema>;
