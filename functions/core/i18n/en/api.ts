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
};
