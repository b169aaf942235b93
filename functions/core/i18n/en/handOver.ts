import type { HandOverStrings } from "../schema";

/** Handing the list's counts to the report: the list page's words and the report form's (which loads only these). */
export const handOver: HandOverStrings = {
  title: "Use the counts in the report to IMDi",
  lead: "Only counts are saved, in this browser – never rows, references or dates.",
  includeAssessed: "Include participants whose need the municipality assesses",
  includeAssessedHint: "Tick only if the municipality has given them the measure. Without the tick, only participants who are entitled are counted.",
  save: "Save the counts for the report",
  saved: "The counts are saved in this browser. Open the report link from IMDi in this browser and they will be filled in. If you have already opened the link here, go straight to the report.",
  goToReport: "Go to the report",
  errorsLeftOut: "{n} rows with errors are not counted: {rows}.",
  waiting: "Counts from the participant list (assessed on {date}) are saved in this browser. They will be filled into the report form when you open the report link from IMDi here.",
  filled: "Counts marked “From the participant list” were filled in from the list (assessed on {date}, {rows} rows). Check them before you continue.",
  fromList: "From the participant list: {n}.",
  assessedLeftOut: "{assessed} whose need the municipality assesses are not included.",
  assessedIncluded: "{assessed} of them are participants whose need the municipality assesses.",
};
