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
    roundClosed: "The deadline has passed and the round no longer takes reports.",
    noSuchRound: "There is no reporting round with this id.",
    staleVersion: (latest) => `Someone else has sent a newer version of the report (version ${latest}). Look at the latest version and send your correction again with expectedVersion ${latest}.`,
    roundNotOpen: (opensAt) => `The round has not opened yet. It opens on ${opensAt} (Norwegian time).`,
  },
};
