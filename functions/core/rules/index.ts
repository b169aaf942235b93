/**
 * Rettsjekk's rules: the cited catalog, the engine and the wording. Pure TypeScript with no I/O, imported
 * by the Worker (`functions/`), the Astro site and the browser checker (`site/`), and the tests.
 */
export * from "./types";
export * from "./dates";
export { SEEDS, LAW, IMDI_POSTMOTTAK } from "./sources";
export { RULES, PERSON_RULES, GRANT_RULES, RULES_VERSION, CATALOG_EDITION, getRule, isPersonRule, isGrantRule } from "./catalog";
export { isHistorical, lastRelevantDate } from "./catalog/validity";
export { listedAllocationSum } from "./catalog/grants";
export { REPORT_TEMPLATES, getReportTemplate, lineRateNok, lineAmountNok, templateTotal, templateFrameNok, type ReportLine, type ReportTemplate, type ReportTotal } from "./catalog/reportTemplates";
export { evaluate } from "./engine/evaluate";
export { PersonSchema, EligibilityRequestSchema, IsoDateSchema, fieldErrors, factsAfter, FACT_DATE_FIELDS, type FieldError, type EligibilityRequest, type Person } from "./schema";
export { buildPerson, type PersonValues } from "./buildPerson";
export { VALIDATION_CODES, DATE_YEARS, withCode, type ValidationCode } from "./validationCodes";
export type { Determination, Reason, Miss, ComputedDeadline, SourceRef, ConditionCode } from "./engine/determination";
export { sourceLabel, citationView } from "./sourceLabel";
export { sourceUrl, legalBasisUrl, LOVDATA_ACTS, citationViewWith, sourceLabelWith, type CitationView } from "./citation";
export { ruleFacts, type RuleFacts } from "./ruleFacts";
