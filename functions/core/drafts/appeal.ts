import type { RuleGroup } from "../rules/types";

/**
 * What a draft may say about appeal, by what the seeds say for the rule's group — nothing more:
 * - informed: S4 (chapter 6A and the ordinary rules): "Deltaker skal få informasjon om klagemuligheter",
 *   and the Norwegian plan states "klagemuligheter";
 * - template-only: S0 (the COVID acts) says nothing about appeal; IMDi made decision templates for them;
 * - none: S1 and S2 — municipalities have no right of appeal on grants (forvaltningsloven §§ 3 and 28).
 * The deadline, the body and access to the case documents are never in the seeds: every draft leaves
 * them as fields to fill in from IMDi's template.
 */
export const APPEAL_BY_GROUP: Record<RuleGroup, "informed" | "template-only" | "none"> = {
  "collective-protection": "informed",
  ordinary: "informed",
  covid: "template-only",
  grant: "none",
};
