import type { OutputStrings } from "../schema";

/** The caseworker's outputs on a checker result: the draft and calendar forms, the receipt, the calendar's event titles. */
export const outputs: OutputStrings = {
  heading: "For kommunen: vedtaksutkast og frister",
  lead: "Saksbehandlere kan lage et utkast til vedtak for en regel der kommunen fatter vedtak, og legge fristene i kalenderen. Utkastet må kontrolleres mot IMDis egne vedtaksmaler.",
  draftRule: "Regel",
  draftLanguage: "Språk i vedtaket",
  draftSubmit: "Lag vedtaksutkast",
  noDraft: "Ingen av reglene i svaret gir et vedtak kommunen kan lage utkast til ennå.",
  calendarReference: "Referanse i kalenderen (valgfritt)",
  calendarReferenceHint: "For eksempel et saksnummer. Skriv ikke navn eller fødselsnummer.",
  calendarSubmit: "Last ned fristene (.ics)",
  receipt: "Kvittering",
  receiptHint: "Kvitteringen viser hvilke regler og opplysninger svaret bygger på. Ta den med i saken.",
  printHint: "Skriv ut utkastet eller lagre det som PDF fra nettleseren.",
  backToResult: "Tilbake til resultatet",
  calendarName: "Frister fra Rettsjekk",
  openPanel: "Vedtaksutkast og frister",
  deadlineKinds: { decision: "Frist for vedtak og oppstart av introduksjonsprogram", "norwegian-start": "Frist for oppstart av opplæring i norsk" },
};
