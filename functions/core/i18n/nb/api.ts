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
    badReceipt: "«receipt» må være kvitteringen slik svaret ga den: et objekt, eller én linje som begynner med «rk1:».",
    unknownVersion: (known) => `Ingen kjent regelverksversjon har dette navnet. Kjente versjoner: ${known}.`,
    noDraft: (rule, why) =>
      `Det kan ikke lages vedtaksutkast for ${rule}: ${
        why === "not-evaluated"
          ? "regelen gjelder ikke for lovgrunnlaget i forespørselen."
          : why === "not-a-decision"
            ? "kommunen fatter ikke vedtak etter denne regelen (den gir en plikt, informasjon eller fylkeskommunens tilbud)."
            : "opplysningene avgjør ikke saken ennå. Se «missing» i svaret fra /api/v1/eligibility."
      }`,
  },
};
