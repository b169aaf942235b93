import type { ApiStrings } from "../schema";

/** The API's own words in bokmål: problem titles and details (field messages are in `rules.ts`). */
export const api: ApiStrings = {
  statusTitles: {
    400: "Ugyldig forespørsel",
    401: "Ikke autentisert",
    403: "Ingen tilgang",
    404: "Fant ikke ressursen",
    405: "Metoden er ikke tillatt",
    409: "Konflikt",
    412: "Forhåndsbetingelsen er ikke oppfylt",
    413: "Forespørselen er for stor",
    415: "Formatet støttes ikke",
    422: "Kan ikke behandle innholdet",
    429: "For mange forespørsler",
    500: "Intern feil",
    503: "Tjenesten er utilgjengelig",
  },
  otherStatusTitle: "Feil",
  typeTitles: { validation: "Ugyldige data i forespørselen" },
  details: {
    validation: "Ett eller flere felt er ugyldige. Se «errors» for hva som må rettes.",
    bodyTooLarge: (kb) => `Innholdet i forespørselen kan være høyst ${kb} KB.`,
    noEndpoint: "Det finnes ikke noe API-endepunkt på denne adressen.",
    storageFailure: "Lagringen svarte ikke, og ingenting ble lagret. Prøv igjen med samme Idempotency-Key.",
    crossSite: "Forespørselen kom fra en annen nettside. Endringer kan bare gjøres fra Rettsjekk selv.",
    jsonRequired: "Send forespørselen med Content-Type: application/json, også når den ikke har innhold.",
    loginLimited: "For mange mislykkede innlogginger. Vent et minutt før du prøver igjen.",
    keyReused: "Idempotency-Key er brukt før, med et annet innhold. Bruk en ny nøkkel for en ny innsending.",
    roundClosed: "Fristen er ute, og runden tar ikke lenger imot rapporter.",
    noSuchRound: "Det finnes ingen rapporteringsrunde med denne id-en.",
    staleVersion: (latest) => `Noen andre har sendt en nyere versjon av rapporten (versjon ${latest}). Se den nyeste versjonen, og send endringen på nytt med expectedVersion ${latest}.`,
    roundNotOpen: (opensAt) => `Runden er ikke åpnet ennå. Den åpner ${opensAt} (norsk tid).`,
  },
};
