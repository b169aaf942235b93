import type { StatementStrings } from "../schema";

/** Tilgjengelegheitserklæringa (oppbygginga til uustatus) og personvernerklæringa. Operatøren kjem frå konfigurasjonen. */
export const statements: StatementStrings = {
  updated: "Sist oppdatert",
  demoNotice: "Demoinstallasjon: operatøren er ikkje sett opp. Namn og kontaktadresse under er plasshaldarar; set OPERATOR_NAME og OPERATOR_EMAIL i [vars] i wrangler.toml før tenesta blir publisert.",
  accessibility: {
    title: "Tilgjengelegheitserklæring",
    lead: (o) => `${o.name} har ansvar for Rettsjekk. Offentlege nettstader skal oppfylle krava til universell utforming av IKT, som viser til WCAG 2.1 nivå A og AA. Her er status for Rettsjekk.`,
    sections: (o) => [
      { heading: "Status", paragraphs: ["Vi meiner Rettsjekk oppfyller krava i WCAG 2.1 på nivå A og AA. Vurderinga er vår eiga (eigenvurdering), ikkje gjord av ein uavhengig part."] },
      { heading: "Slik har vi testa", paragraphs: ["Kvar side på fire språk blir testa automatisk med axe i Chromium ved kvar endring. Vi testar òg med tastatur, med breidd ned til 320 pikslar (forstørring til 400 prosent) og utan JavaScript."] },
      {
        heading: "Kjende avvik og avgrensingar",
        paragraphs: ["Vi kjenner ikkje til brot på krava. Dette verkar annleis enn resten av tenesta:"],
        items: [
          "Søket treng JavaScript. Utan JavaScript viser vi lenka til lista over alle reglar.",
          "Sjekk av ei deltakarliste treng JavaScript, fordi fila blir lesen i nettlesaren og ikkje lasta opp. System kan bruke API-et.",
          "Lover og kjelder vi lenkjer til (til dømes Lovdata) ligg utanfor Rettsjekk.",
          "Tenesta er ikkje testa av brukarar med skjermlesar.",
        ],
      },
      { heading: "Gi oss tilbakemelding", paragraphs: [`Finn du noko som ikkje verkar, eller treng du innhaldet i ei anna form? Skriv til ${o.name}.`], links: [{ text: o.email, href: `mailto:${o.email}` }] },
      {
        heading: "Klage og tilsyn",
        paragraphs: ["Får du ikkje svar, eller er du ikkje nøgd med svaret, kan du melde frå til Tilsynet for universell utforming av IKT (uutilsynet). Tilsynet følgjer opp at offentlege nettstader oppfyller krava."],
        links: [{ text: "Tilsynet for universell utforming av IKT", href: "https://www.uutilsynet.no/" }],
      },
    ],
  },
  privacy: {
    title: "Personvernerklæring",
    lead: (o) => `${o.name} er behandlingsansvarleg for Rettsjekk. Her står kva opplysningar tenesta behandlar, kvifor, kor lenge, og kva rettar du har.`,
    sections: (o) => [
      {
        heading: "Når du les reglane eller sjekkar kva du har rett til",
        paragraphs: [
          "Rettsjekk lagrar ingen personopplysningar om deg. Med JavaScript blir svara dine i nettlesaren. Utan JavaScript blir svara sende til tenesta for å rekne ut svaret, og dei blir ikkje lagra.",
          "Deltakarlister blir berre lesne i nettlesaren til saksbehandlaren. Ingen rader blir lasta opp.",
        ],
      },
      {
        heading: "Når kommunen rapporterer til IMDi",
        paragraphs: ["Rapportane inneheld berre tal, aldri namn eller fødselsnummer. Tenesta behandlar:"],
        items: [
          "kontaktadressene (e-post) kommunane har oppgitt, for å sende lenker og påminningar; dei blir lagra så lenge dei er registrerte som kontakt for kommunen",
          "ein informasjonskapsel (cookie) for innlogginga med lenka; han er naudsynt for at skjemaet skal verke, og blir sletta når nettlesaren blir lukka",
          "kven hos IMDi som har opna rundar og sendt lenker: e-postadressa frå innlogginga (Cloudflare Access) blir lagra i ein revisjonslogg som ikkje kan endrast",
        ],
      },
      { heading: "Loggar", paragraphs: ["Kvar førespurnad gir éi logglinje med metode, adressemønster, status, tid og ein førespurnads-ID. Loggane inneheld ikkje IP-adresser, innhald eller personopplysningar. Tenesta blir drifta hos Cloudflare, som behandlar IP-adresser for å levere sidene, som databehandlar."] },
      { heading: "Formål og rettsleg grunnlag", paragraphs: ["Formålet er å forvalte tilskotsordningane og rapporteringa frå kommunane. Grunnlaget er at behandlinga er naudsynt for å utføre ei oppgåve i allmenta si interesse eller utøve offentleg styresmakt (personvernforordninga artikkel 6 nr. 1 bokstav e). Vi brukar ingen informasjonskapslar til analyse eller sporing."] },
      {
        heading: "Rettane dine",
        paragraphs: [`Du har rett til innsyn, retting, sletting og avgrensing, og til å protestere mot behandlinga. Skriv til ${o.name}. Meiner du at vi behandlar personopplysningar i strid med reglane, kan du klage til Datatilsynet.`],
        links: [{ text: o.email, href: `mailto:${o.email}` }, { text: "Datatilsynet", href: "https://www.datatilsynet.no/" }],
      },
    ],
  },
};
