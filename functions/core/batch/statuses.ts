import type { Status } from "../rules/types";

/**
 * What a status means for the numbers the list shows, written per status so a new status must be
 * placed here (the compiler asks): the screen, the downloaded file, the API and the hand-over read these.
 */

/**
 * Which statuses trigger the rule's grant for the municipality: a right that holds, and a needs-tested
 * right that holds (the municipality decides whether; the hand-over counts those only when asked).
 */
export const TRIGGERS_GRANT: Record<Status, boolean> = {
  entitled: true,
  "needs-assessment": true,
  // A duty or information rule that applies claims nothing: never counted as an entitlement.
  applies: false,
  "not-entitled": false,
  "missing-information": false,
};

export const triggersGrant = (status: Status): boolean => TRIGGERS_GRANT[status];

/** Whether the rule holds for the person, so its months are theirs (screen and file show months only then). */
export const HOLDS: Record<Status, boolean> = {
  entitled: true,
  "needs-assessment": true,
  applies: true,
  "not-entitled": false,
  "missing-information": false,
};

/** The months a determination gives the person: the rule's maximum where it holds, else none. */
export const monthsFor = (d: { status: Status; maxMonths: number | null }): number | null => (HOLDS[d.status] ? d.maxMonths : null);

/**
 * What each status adds to a report line's count: participants who have the right are counted; those
 * whose need the municipality assesses only if the caseworker chooses (the grant is for participants
 * who got the measure); the rest never.
 */
export const HAND_OVER_COUNT: Record<Status, "counted" | "if-chosen" | "not-counted"> = {
  entitled: "counted",
  "needs-assessment": "if-chosen",
  applies: "not-counted",
  "not-entitled": "not-counted",
  "missing-information": "not-counted",
};
