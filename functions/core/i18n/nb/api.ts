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
    reportsClosed: "Fristen er ute, og runden tar ikke lenger imot rapporter.",
    noSuchRound: "Det finnes ingen rapporteringsrunde med denne id-en.",
    staleVersion: (latest) => `Noen andre har sendt en nyere versjon av rapporten (versjon ${latest}). Se den nyeste versjonen, og send endringen på nytt med expectedVersion ${latest}.`,
    roundNotOpen: (opensAt) => `Runden er ikke åpnet ennå. Den åpner ${opensAt} (norsk tid).`,
    roundClosed: "Fristen er ute, og runden tar ikke imot rapporter etter fristen. Ingen lenker ble sendt.",
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
  contacts: {
    row: (row) => `Rad ${row}: `,
    noColumns: "Fant ikke kolonnene kommunenummer og epost. Første rad må være overskrifter: kommunenummer;epost (og eventuelt målform).",
    missingEmail: "Skriv kommunens e-postadresse (postmottak).",
    invalidEmail: (value) => `«${value}» er ikke en gyldig e-postadresse. Skriv en adresse som postmottak@kommune.no.`,
    invalidCode: (value) => `«${value}» er ikke et kommunenummer. Kommunenummer er fire sifre, for eksempel 0301.`,
    unknownCode: (code) => `${code} er ikke et kommunenummer i dag.`,
    renumbered: (from, to, on) => `${from.code} ${from.name} fikk nytt kommunenummer ${to.code} ${to.name} ${on}. Bruk ${to.code}.`,
    merged: (from, to, on) => `${from.code} ${from.name} ble slått sammen med andre kommuner til ${to.code} ${to.name} ${on}. Bruk ${to.code}.`,
    split: (from, to, on) => `${from.code} ${from.name} ble delt ${on}: ${to.map((m) => `${m.code} ${m.name}`).join(" og ")}. Skriv én rad for hver av dem.`,
    duplicate: (code, rows) => `Kommunenummer ${code} står flere ganger (rad ${rows.join(", ")}). Behold én rad.`,
    invalidLanguage: (value) => `Målformen «${value}» er ukjent. Skriv bokmål eller nynorsk (nb eller nn).`,
    personLike: (email) => `«${email}» ser ut som adressen til en person. Bruk kommunens postmottak, ikke en ansatts e-post.`,
    privateProvider: (email) => `«${email}» er hos en privat e-posttjeneste. Bruk kommunens offisielle postmottak.`,
    tooMany: (max) => `Registeret kan ha høyst ${max} rader.`,
  },
};
