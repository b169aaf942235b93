import type { StatementStrings } from "../schema";

/** Tilgjengelighetserklæringen (uustatus' oppbygning) og personvernerklæringen. Operatøren kommer fra konfigurasjonen. */
export const statements: StatementStrings = {
  updated: "Sist oppdatert",
  demoNotice: "Demoinstallasjon: operatøren er ikke satt opp. Navn og kontaktadresse under er plassholdere; sett OPERATOR_NAME og OPERATOR_EMAIL i [vars] i wrangler.toml før tjenesten publiseres.",
  accessibility: {
    title: "Tilgjengelighetserklæring",
    lead: (o) => `${o.name} har ansvar for Rettsjekk. Offentlige nettsteder skal oppfylle kravene til universell utforming av IKT, som viser til WCAG 2.1 nivå A og AA. Her er status for Rettsjekk.`,
    sections: (o) => [
      {
        heading: "Status",
        paragraphs: ["Vi mener Rettsjekk oppfyller kravene i WCAG 2.1 på nivå A og AA. Vurderingen er vår egen (egenvurdering), ikke gjort av en uavhengig part."],
      },
      {
        heading: "Slik har vi testet",
        paragraphs: ["Hver side på fire språk testes automatisk med axe i Chromium ved hver endring. Vi tester også med tastatur, med bredde ned til 320 piksler (forstørrelse til 400 prosent) og uten JavaScript."],
      },
      {
        heading: "Kjente avvik og begrensninger",
        paragraphs: ["Vi kjenner ikke til brudd på kravene. Dette virker annerledes enn resten av tjenesten:"],
        items: [
          "Søket trenger JavaScript. Uten JavaScript viser vi lenken til listen over alle regler.",
          "Sjekk av en deltakerliste trenger JavaScript, fordi fila leses i nettleseren og ikke lastes opp. Systemer kan bruke API-et.",
          "Lover og kilder vi lenker til (for eksempel Lovdata) ligger utenfor Rettsjekk.",
          "Tjenesten er ikke testet av brukere med skjermleser.",
        ],
      },
      {
        heading: "Gi oss tilbakemelding",
        paragraphs: [`Finner du noe som ikke virker, eller trenger du innholdet i en annen form? Skriv til ${o.name}.`],
        links: [{ text: o.email, href: `mailto:${o.email}` }],
      },
      {
        heading: "Klage og tilsyn",
        paragraphs: ["Får du ikke svar, eller er du ikke fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av IKT (uutilsynet). Tilsynet følger opp at offentlige nettsteder oppfyller kravene."],
        links: [{ text: "Tilsynet for universell utforming av IKT", href: "https://www.uutilsynet.no/" }],
      },
    ],
  },
  privacy: {
    title: "Personvernerklæring",
    lead: (o) => `${o.name} er behandlingsansvarlig for Rettsjekk. Her står hvilke opplysninger tjenesten behandler, hvorfor, hvor lenge, og hvilke rettigheter du har.`,
    sections: (o) => [
      {
        heading: "Når du leser reglene eller sjekker hva du har rett til",
        paragraphs: [
          "Rettsjekk lagrer ingen personopplysninger om deg. Med JavaScript blir svarene dine i nettleseren. Uten JavaScript sendes svarene til tjenesten for å regne ut svaret, og de lagres ikke.",
          "Deltakerlister leses bare i nettleseren til saksbehandleren. Ingen rader lastes opp.",
        ],
      },
      {
        heading: "Når kommunen rapporterer til IMDi",
        paragraphs: ["Rapportene inneholder bare antall, aldri navn eller fødselsnummer. Tjenesten behandler:"],
        items: [
          "kontaktadressene (e-post) kommunene har oppgitt, for å sende lenker og påminnelser; de lagres så lenge de er registrert som kontakt for kommunen",
          "en informasjonskapsel (cookie) for innloggingen med lenken; den er nødvendig for at skjemaet skal virke, og slettes når nettleseren lukkes",
          "hvem hos IMDi som har åpnet runder og sendt lenker: e-postadressen fra innloggingen (Cloudflare Access) lagres i en revisjonslogg som ikke kan endres",
        ],
      },
      {
        heading: "Logger",
        paragraphs: ["Hver forespørsel gir én logglinje med metode, adressemønster, status, tid og et forespørsels-ID. Loggene inneholder ikke IP-adresser, innhold eller personopplysninger. Tjenesten driftes hos Cloudflare, som behandler IP-adresser for å levere sidene, som databehandler."],
      },
      {
        heading: "Formål og rettslig grunnlag",
        paragraphs: ["Formålet er å forvalte tilskuddsordningene og rapporteringen fra kommunene. Grunnlaget er at behandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse eller utøve offentlig myndighet (personvernforordningen artikkel 6 nr. 1 bokstav e). Vi bruker ingen informasjonskapsler til analyse eller sporing."],
      },
      {
        heading: "Dine rettigheter",
        paragraphs: [`Du har rett til innsyn, retting, sletting og begrensning, og til å protestere mot behandlingen. Skriv til ${o.name}. Mener du at vi behandler personopplysninger i strid med reglene, kan du klage til Datatilsynet.`],
        links: [
          { text: o.email, href: `mailto:${o.email}` },
          { text: "Datatilsynet", href: "https://www.datatilsynet.no/" },
        ],
      },
    ],
  },
};
