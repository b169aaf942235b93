import type { Person } from "../../../functions/core/rules/schema";

/** A participant-list row as the caseworker panel needs it: its number, the caseworker's reference and the person. */
export interface ListRow {
  row: number;
  ref: string;
  person: Person;
}
