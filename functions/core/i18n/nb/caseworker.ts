import type { CaseworkerStrings } from "../schema";

/** The draft and calendar panel in the browser, loaded on click. */
export const caseworker: CaseworkerStrings = {
  detailsLegend: "Personopplysninger i utkastet",
  detailsHint: "Det du skriver her, blir bare i nettleseren din og kommer bare inn i filen du laster ned. Ingenting sendes eller lagres.",
  docx: "Last ned utkastet (.docx)",
  print: "Skriv ut",
  close: "Lukk utkastet",
  listHeading: "Vedtaksutkast og frister",
  listLead: "Velg en rad for å lage vedtaksutkast eller laste ned radens frister. Du kan også laste ned fristene for alle radene i én kalender.",
  row: "Rad",
  draftFor: "Vedtaksutkast for",
  rowCalendar: "Radens frister (.ics)",
  allCalendar: "Alle radenes frister (.ics)",
  nothingToDraft: "Ingen regel for denne raden gir et vedtak kommunen kan lage utkast til.",
  making: "Lager filen …",
  details: { name: "Navn", birthDate: "Fødselsdato", address: "Adresse", caseNumber: "Saksnummer", caseworker: "Saksbehandler", municipality: "Kommune" },
};
