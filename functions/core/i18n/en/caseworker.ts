import type { CaseworkerStrings } from "../schema";

/** The draft and calendar panel in the browser, loaded on click. */
export const caseworker: CaseworkerStrings = {
  detailsLegend: "Personal details in the draft",
  detailsHint: "What you type here stays in your browser and only goes into the file you download. Nothing is sent or stored.",
  docx: "Download the draft (.docx)",
  print: "Print",
  close: "Close the draft",
  listHeading: "Decision drafts and deadlines",
  listLead: "Choose a row to make a decision draft or download the row's deadlines. You can also download the deadlines of every row in one calendar.",
  row: "Row",
  draftFor: "Decision draft for",
  rowCalendar: "The row's deadlines (.ics)",
  allCalendar: "Every row's deadlines (.ics)",
  nothingToDraft: "No rule for this row gives a decision the municipality can draft.",
  making: "Making the file …",
  details: { name: "Name", birthDate: "Date of birth", address: "Address", caseNumber: "Case number", caseworker: "Caseworker", municipality: "Municipality" },
};
