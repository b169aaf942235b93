import type { OutputStrings } from "../schema";

/** The caseworker's outputs on a checker result: the draft and calendar forms, the receipt, the calendar's event titles. */
export const outputs: OutputStrings = {
  heading: "For kommunen: vedtaksutkast og fristar",
  lead: "Sakshandsamarar kan lage eit utkast til vedtak for ein regel der kommunen gjer vedtak, og leggje fristane i kalenderen. Utkastet må kontrollerast mot vedtaksmalane til IMDi.",
  draftRule: "Regel",
  draftLanguage: "Språk i vedtaket",
  draftSubmit: "Lag vedtaksutkast",
  noDraft: "Ingen av reglane i svaret gir eit vedtak kommunen kan lage utkast til enno.",
  calendarReference: "Referanse i kalenderen (valfritt)",
  calendarReferenceHint: "Til dømes eit saksnummer. Skriv ikkje namn eller fødselsnummer.",
  calendarSubmit: "Last ned fristane (.ics)",
  receipt: "Kvittering",
  receiptHint: "Kvitteringa viser kva reglar og opplysningar svaret byggjer på. Ta henne med i saka.",
  printHint: "Skriv ut utkastet eller lagre det som PDF frå nettlesaren.",
  backToResult: "Tilbake til resultatet",
  calendarName: "Fristar frå Rettsjekk",
  openPanel: "Vedtaksutkast og fristar",
  deadlineKinds: { decision: "Frist for vedtak og oppstart av introduksjonsprogram", "norwegian-start": "Frist for oppstart av opplæring i norsk" },
};
