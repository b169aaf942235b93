import type { OutputStrings } from "../schema";

/** The caseworker's outputs on a checker result: the draft and calendar forms, the receipt, the calendar's event titles. */
export const outputs: OutputStrings = {
  heading: "For the municipality: decision draft and deadlines",
  lead: "Caseworkers can make a draft decision letter for a rule where the municipality makes the decision, and put the deadlines in their calendar. The draft is in Norwegian and must be checked against IMDi's own decision templates.",
  draftRule: "Rule",
  draftLanguage: "Language of the decision",
  draftSubmit: "Make a decision draft",
  noDraft: "None of the rules in this answer gives a decision the municipality can draft yet.",
  calendarReference: "Reference in the calendar (optional)",
  calendarReferenceHint: "For example a case number. Do not write a name or a national identity number.",
  calendarSubmit: "Download the deadlines (.ics)",
  receipt: "Receipt",
  receiptHint: "The receipt shows which rules and answers this result rests on. Keep it with the case.",
  printHint: "Print the draft or save it as PDF from your browser.",
  backToResult: "Back to the result",
  calendarName: "Deadlines from Rettsjekk",
  openPanel: "Decision drafts and deadlines",
  deadlineKinds: { decision: "Deadline for the decision and start of the introduction programme", "norwegian-start": "Deadline for the start of Norwegian training" },
};
