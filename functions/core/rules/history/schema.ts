import { z } from "zod";
import { IsoDateString } from "../catalogSchema";
import { LANGUAGES } from "../vocabulary";
import { CHANGE_KINDS, CHANGE_PARTS } from "./parts";

/**
 * The rules' history as the API answers it (GET /api/v1/rules/changes, and the verify answer). A response
 * schema: the rest of the core takes its types only.
 */
const value = z.unknown().meta({ description: "The value in the version before (before) or after (after), as the catalog holds it." });

export const ChangeSchema = z
  .strictObject({
    change: z.enum(CHANGE_KINDS),
    part: z.enum(CHANGE_PARTS),
    rule: z.string().optional().meta({ description: "The rule the change is in; absent for a note's own text." }),
    note: z.string().optional().meta({ description: "The note added, removed or reworded." }),
    path: z.string().meta({ description: "Where in the rule: figures.maxMonths, windows.programmeStart, validity.announcedTo, title…" }),
    before: value.optional(),
    after: value.optional(),
    langs: z.array(z.enum(LANGUAGES)).optional().meta({ description: "For wording: the languages it changed in." }),
  })
  .meta({ id: "RuleChange" });
export type Change = z.infer<typeof ChangeSchema>;
export type ChangeKind = Change["change"];
export type ChangePart = Change["part"];

export const ChangelogEntrySchema = z
  .strictObject({
    version: z.string(),
    edition: IsoDateString,
    sequence: z.number().int().min(1),
    catalogHash: z.string(),
    previous: z.string().nullable().meta({ description: "The version before; null for the first kept version." }),
    changes: z.array(ChangeSchema),
  })
  .meta({ id: "CatalogVersion" });
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>;
