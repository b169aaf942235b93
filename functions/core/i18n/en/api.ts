import type { ApiStrings } from "../schema";

/** The API's own words in English: problem titles and details (field messages are in `rules.ts`). */
export const api: ApiStrings = {
  statusTitles: {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    412: "Precondition failed",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
  },
  otherStatusTitle: "Error",
  typeTitles: { validation: "Invalid request data" },
  details: {
    validation: 'One or more fields are invalid. See "errors" for what to correct.',
    bodyTooLarge: (kb) => `The request body may be at most ${kb} KB.`,
    noEndpoint: "There is no API endpoint at this address.",
    storageFailure: "Storage did not answer and nothing was stored. Retry with the same Idempotency-Key.",
    crossSite: "The request came from another website. Changes can only be made from Rettsjekk itself.",
    jsonRequired: "Send the request with Content-Type: application/json, also when it has no body.",
    loginLimited: "Too many failed sign-ins. Wait a minute before you try again.",
    keyReused: "The Idempotency-Key was used before, with a different body. Use a new key for a new submission.",
    reportsClosed: "The deadline has passed and the round no longer takes reports.",
    noSuchRound: "There is no reporting round with this id.",
    staleVersion: (latest) => `Someone else has sent a newer version of the report (version ${latest}). Look at the latest version and send your correction again with expectedVersion ${latest}.`,
    roundNotOpen: (opensAt) => `The round has not opened yet. It opens on ${opensAt} (Norwegian time).`,
    roundClosed: "The deadline has passed and the round takes no late reports. No links were sent.",
    badReceipt: '"receipt" must be the receipt as the answer gave it: an object, or one line starting with "rk1:".',
    unknownVersion: (known) => `No kept rules version has this name. Known versions: ${known}.`,
    noDraft: (rule, why) =>
      `No decision draft can be made for ${rule}: ${
        why === "not-evaluated"
          ? "the rule does not apply to the legal basis in the request."
          : why === "not-a-decision"
            ? "the municipality makes no decision under this rule (it states a duty, information or the county's offer)."
            : 'the information does not decide the case yet. See "missing" in the answer from /api/v1/eligibility.'
      }`,
  },
  contacts: {
    row: (row) => `Row ${row}: `,
    noColumns: "The columns kommunenummer and epost were not found. The first row must be headers: kommunenummer;epost (and optionally målform).",
    missingEmail: "Give the municipality's e-mail address (its postmottak).",
    invalidEmail: (value) => `"${value}" is not a valid e-mail address. Write an address such as postmottak@kommune.no.`,
    invalidCode: (value) => `"${value}" is not a municipality number. Municipality numbers have four digits, e.g. 0301.`,
    unknownCode: (code) => `${code} is not a municipality number today.`,
    renumbered: (from, to, on) => `${from.code} ${from.name} was renumbered ${to.code} ${to.name} on ${on}. Use ${to.code}.`,
    merged: (from, to, on) => `${from.code} ${from.name} was merged with other municipalities into ${to.code} ${to.name} on ${on}. Use ${to.code}.`,
    split: (from, to, on) => `${from.code} ${from.name} was split on ${on}: ${to.map((m) => `${m.code} ${m.name}`).join(" and ")}. Write one row for each.`,
    duplicate: (code, rows) => `Municipality number ${code} appears more than once (rows ${rows.join(", ")}). Keep one row.`,
    invalidLanguage: (value) => `Written standard "${value}" is unknown. Write bokmål or nynorsk (nb or nn).`,
    personLike: (email) => `"${email}" looks like a person's address. Use the municipality's postmottak, not an employee's e-mail.`,
    privateProvider: (email) => `"${email}" is at a private e-mail provider. Use the municipality's official postmottak.`,
    tooMany: (max) => `The register can have at most ${max} rows.`,
  },
};
