import type { Reason, Miss, ComputedDeadline } from "../engine/determination";
import type { ConditionCode } from "../engine/determination";
import type { ValidationCode } from "../validationCodes";
import type {
  EndGoal, IsoDate, Kind, Lang, LegalBasis, Measure, NoteId, PersonField, RuleGroup, RuleId, SeedId, Status,
} from "../types";

/**
 * Everything the catalog says in words, for one language. Adding a language = one new pack file plus
 * its entry in `texts/index.ts`; the type makes a missing string a compile error.
 */
export interface LanguagePack {
  lang: Lang;
  /** The language's own name ("Norsk bokmål", "Українська"). */
  name: string;
  /** BCP 47 tag for `lang`/`hreflang` attributes. */
  tag: string;
  rules: Record<RuleId, { title: string; summary: string }>;
  notes: Record<NoteId, string>;
  measures: Record<Measure, string>;
  groups: Record<RuleGroup, string>;
  statuses: Record<Status, string>;
  /** Status wording for rules that give information or a duty rather than a right ("applies"). */
  statusesForInformation: Record<Status, string>;
  kinds: Record<Kind, string>;
  legalBases: Record<LegalBasis, string>;
  endGoals: Record<EndGoal, string>;
  fields: Record<PersonField, string>;
  seeds: Record<SeedId, string>;
  /** Checklist items of the grant schemes, keyed by the condition ids in `catalog/grants.ts`. */
  grantConditions: Record<string, string>;
  /** Deadline kinds of the grant schemes (`Deadline["what"]` in types.ts). */
  deadlines: Record<import("../types").Deadline["what"], string>;
  /** Labels of the grant amounts, keyed by `GrantAmount.id` in `catalog/grants.ts`. */
  amounts: Record<string, string>;
  /** One sentence saying whether the condition held, with the person's value and the rule's bound. */
  condition: Record<ConditionCode, (r: Reason, f: Formatters) => string>;
  /** What would have to be different for the failed condition to hold. */
  miss: Record<ConditionCode, (m: Miss, f: Formatters) => string>;
  deadline: (d: ComputedDeadline, f: Formatters) => string;
  /** Field-level validation messages (API and forms). */
  validation: Record<ValidationCode, string>;
}

export interface Formatters {
  /** "15. august 2019" / "15 August 2019". */
  date(d: IsoDate): string;
  /** A window with its ends spelled out: "from 1 July 2019 up to but not including 1 January 2020". */
  window(w: import("../types").DateWindow): string;
  /** "45 000 kr" / "NOK 45,000". */
  nok(n: number): string;
  months(n: number): string;
  endGoal(g: EndGoal): string;
  field(f: PersonField): string;
  yesNo(b: boolean): string;
}
