import type { CaseworkerStrings } from "../schema";

/** The draft and calendar panel in the browser, loaded on click. */
export const caseworker: CaseworkerStrings = {
  detailsLegend: "Personopplysningar i utkastet",
  detailsHint: "Det du skriv her, blir berre i nettlesaren din og kjem berre inn i fila du lastar ned. Ingenting blir sendt eller lagra.",
  docx: "Last ned utkastet (.docx)",
  print: "Skriv ut",
  close: "Lukk utkastet",
  listHeading: "Vedtaksutkast og fristar",
  listLead: "Vel ei rad for å lage vedtaksutkast eller laste ned fristane til rada. Du kan òg laste ned fristane for alle radene i éin kalender.",
  row: "Rad",
  draftFor: "Vedtaksutkast for",
  rowCalendar: "Fristane til rada (.ics)",
  allCalendar: "Fristane til alle radene (.ics)",
  nothingToDraft: "Ingen regel for denne rada gir eit vedtak kommunen kan lage utkast til.",
  making: "Lagar fila …",
  details: { name: "Namn", birthDate: "Fødselsdato", address: "Adresse", caseNumber: "Saksnummer", caseworker: "Sakshandsamar", municipality: "Kommune" },
};
