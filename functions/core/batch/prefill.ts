/**
 * Hand-over from the participant-list check to an open report: the list page stores the counts per
 * report line id (`{ "ip3-programme": 12, … }`) in sessionStorage under this key; the report page's
 * script fills the matching `<line id>.count` fields once and removes the entry. Counts only.
 */
export const PREFILL_KEY = "rettsjekk:report-prefill";
