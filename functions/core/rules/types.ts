/**
 * Types of the rules catalog. The catalog is data plus pure functions: no I/O, no Node or Worker API,
 * so the Worker, the Astro site, the browser checker and the tests all import the same module.
 */

export * from "./vocabulary";
import type { IsoDate, SeedId } from "./vocabulary";

/** Rules and their parts are zod schemas (`catalogSchema.ts`), as they also leave the API; their types follow. */
export type {
  Allocation, Citation, DateWindow, Deadline, Figures, GrantAmount, GrantFigures, GrantRule, PersonRule, Rule, RuleBase, Validity,
} from "./catalogSchema";

/** What kind of document a seed is, for its name in words ("IMDi's page", "the ministry's letter"). */
export type SeedKind = "imdi-page" | "ministry-letter";

export interface Seed {
  id: SeedId;
  kind: SeedKind;
  /** The document's public address, where the catalog knows it (none of the seeds carries its own). */
  url?: string;
  /** File name in `shared/seeds/`. */
  file: string;
  publisher: string;
  /** "Sist oppdatert" or letter date as given in the document. */
  updated: IsoDate;
  /** The document's own (Norwegian) title. */
  title: string;
}
