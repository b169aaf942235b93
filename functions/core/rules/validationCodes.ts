/**
 * Field-level validation codes: the one list behind the person schema's messages, the participant
 * list's row errors, the report intake's values and the language packs' wording (`validation`).
 */
export const VALIDATION_CODES = [
  "required",
  "invalid-date",
  "impossible-date",
  "end-before-start",
  "invalid-type",
  "invalid-value",
  "too-small",
  "too-large",
  "unknown-field",
  "too-long",
  "body-too-large",
  "malformed-json",
  "unsupported-media-type",
  "national-id",
  "date-out-of-range",
  "after-assessment-date",
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** A zod issue option carrying a validation code as its message (`fieldErrors` reads it back), typed. */
export const withCode = (code: ValidationCode) => ({ error: code });

/** The calendar years a date may lie in: beyond them a date is a typing error, never a fact to assess. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;
