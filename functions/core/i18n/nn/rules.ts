import { DATE_YEARS } from "../../rules/validationCodes";
import type { Formatters, RuleTextsSource } from "../schema";

/** The catalog in nynorsk. */
export const ruleTexts: RuleTextsSource = {
  rules: {
    "IP1-PROG": { title: "Utvida programtid (integreringspakke I)", summary: (r, f) => `Deltakarar som starta introduksjonsprogrammet ${f.window(r.windows.programmeStart!)} og framleis deltok ${f.date(r.referenceDates.participatingFrom!)} eller seinare, kunne få programmet forlengt med inntil ${f.months(r.figures.maxMonths!)}. Retten er behovsprøvd: kommunen vurderer om deltakaren treng meir tid for å kome i arbeid eller utdanning. Kommunane fekk pengane etter ein fordelingsnøkkel, ikkje per deltakar.` },
    "IP2-PROG": { title: "Utvida programtid (integreringspakke II)", summary: (r, f) => `Deltakarar som starta introduksjonsprogrammet ${f.window(r.windows.programmeStart!)} og framleis deltok ${f.date(r.referenceDates.participatingOn!)}, kan få programmet forlengt med inntil ${f.months(r.figures.maxMonths!)}. Retten er behovsprøvd: kommunen vurderer behovet. Kommunen får eit fast tilskot per deltakar som får utvidinga, etter rapportering til IMDi.` },
    "IP3-PROG": { title: "Utvida programtid (integreringspakke III)", summary: (r, f) => `Deltakarar som starta introduksjonsprogrammet ${f.window(r.windows.programmeStart!)} og framleis deltok ${f.date(r.referenceDates.participatingOn!)}, kan få programmet forlengt med inntil ${f.months(r.figures.maxMonths!)}. Retten er behovsprøvd: kommunen vurderer behovet. Kommunen får eit fast tilskot per deltakar etter rapportering til IMDi.` },
    "Q122-PROG": { title: "Utvida programtid (pakken for første kvartal 2022)", summary: (r, f) => `Deltakarar som skulle avslutte introduksjonsprogrammet ${f.window(r.windows.programmeEnd!)}, kan få programmet forlengt med inntil ${f.months(r.figures.maxMonths!)} dersom dei treng det for å kome i arbeid eller utdanning. Det er sluttdatoen som avgjer, ikkje når programmet starta. Kommunen får tilskot per deltakar som for pakke II og III.` },
    "IP1-NOR": { title: "Utvida norskopplæring (integreringspakke I)", summary: (r, f) => `Deltakarar som avslutta opplæringa i norsk ${f.window(r.windows.trainingEnd!)}, har rett til inntil ${f.months(r.figures.maxMonths!)} utvida opplæring. Retten er ikkje behovsprøvd: alle i målgruppa skal få tilbodet, og kommunen avgjer berre kor lenge. Kommunane fekk pengane etter ein fordelingsnøkkel.` },
    "IP2-NOR": { title: "Utvida norskopplæring (integreringspakke II)", summary: (r, f) => `Deltakarar med rett og plikt til opplæring i norsk og samfunnskunnskap etter introduksjonslova som avslutta opplæringa ${f.window(r.windows.trainingEnd!)}, har rett til inntil ${f.months(r.figures.maxMonths!)} utvida opplæring. Retten er ikkje behovsprøvd; kommunen avgjer lengda. Kommunen får eit fast tilskot per deltakar.` },
    "IP3-NOR": { title: "Utvida norskopplæring (integreringspakke III)", summary: (r, f) => `Deltakarar med rett og plikt til opplæring i norsk og samfunnskunnskap som avslutta opplæringa ${f.window(r.windows.trainingEnd!)}, har rett til inntil ${f.months(r.figures.maxMonths!)} utvida opplæring. Retten er ikkje behovsprøvd; kommunen avgjer lengda. Kommunen får eit fast tilskot per deltakar.` },
    "Q122-NOR": { title: "Utvida norskopplæring (pakken for første kvartal 2022)", summary: (r, f) => `Deltakarar med rett og plikt til opplæring etter introduksjonslova § 17 første ledd som avslutta opplæringa ${f.window(r.windows.trainingEnd!)}, har rett til inntil ${f.months(r.figures.maxMonths!)} utvida opplæring. Retten er ikkje behovsprøvd. Pengane går til kommunen gjennom tilskotet til opplæring i norsk.` },
    REINF: { title: "Forsterka introduksjonsprogram", summary: (r, f) => `Deltakarar som starta introduksjonsprogrammet ${f.window(r.windows.programmeStart!)}, har rett til å få revidert planen sin og få fastsett eit sluttmål. Med sluttmål om fullført vidaregåande opplæring kan programmet vare i inntil ${f.months(r.figures.maxMonths!)}, og forlengjast med inntil ${f.months(r.figures.extensionMonths!)} dersom deltakaren er venta å fullføre med meir tid.` },
    CAREER: { title: "Karriererettleiing for programdeltakarar", summary: "Alle deltakarar i introduksjonsprogrammet har rett til å få vurdert behovet for karriererettleiing, og til å få rettleiing dersom dei treng det. Fylkeskommunen gir rettleiinga og fekk eigne midlar til dette under pandemien." },
    "UA-MAP": { title: "Kompetansekartlegging (kollektivt vern)", summary: "Personar med kollektivt vern har rett, men ikkje plikt, til kompetansekartlegging etter busetjing, med mindre dei er kartlagde før." },
    "UA-CAREER": { title: "Karriererettleiing (kollektivt vern)", summary: "Personar med kollektivt vern har rett, men ikkje plikt, til karriererettleiing. Fylkeskommunen gir tilbodet. Rettleiinga kan skje i grupper og treng ikkje enda i ei tilråding." },
    "UA-PLAN": { title: "Forenkla integreringsplan", summary: "Kommunen lagar ein forenkla integreringsplan saman med deltakaren: minst sluttmål, varigheit, innhald og elementa i programmet. Planen treng ikkje lagast samstundes med vedtaket, og han treng ikkje byggje på kartlegging eller karriererettleiing." },
    "UA-CONTENT": { title: "Innhald i introduksjonsprogrammet (kollektivt vern)", summary: "Programmet skal minst ha arbeids- eller utdanningsretta element og eit språktilbod. Hurtigspor, løna arbeid, karriererettleiing, livsmeistring og samfunnskunnskap kan vere med, men er ikkje krav." },
    "UA-PARENT": { title: "Foreldrerettleiing", summary: (r) => `Deltakarar som har barn under ${r.figures.childrenUnderAge} år, skal delta på kurs i foreldrerettleiing som del av programmet.` },
    "UA-DUR-VGS": { title: "Varigheit med vidaregåande utdanning frå før", summary: (r, f) => `Deltakarar som har utdanning på vidaregåande nivå frå før, har rett til eit program på inntil ${f.months(r.figures.maxMonths!)}, som kan forlengjast med inntil ${f.months(r.figures.extensionMonths!)}.` },
    "UA-DUR-U25": { title: (r) => `Varigheit under ${r.figures.maxAge} år utan vidaregåande`, summary: (r, f) => `For deltakarar under ${r.figures.maxAge} år utan vidaregåande utdanning er sluttmålet som hovudregel fullført vidaregåande opplæring, og programmet kan då vare frå ${f.months(r.figures.minMonths!)} til ${f.months(r.figures.upperSecondaryGoalMaxMonths!)}. Med eit anna sluttmål kan det vare frå ${f.months(r.figures.minMonths!)} til ${f.months(r.figures.otherGoalMaxMonths!)}. Begge kan forlengjast med inntil ${f.months(r.figures.extensionMonths!)}.` },
    "UA-DUR-25": { title: (r) => `Varigheit frå ${r.figures.minAge} år utan vidaregåande`, summary: (r, f) => `For deltakarar frå ${r.figures.minAge} år utan vidaregåande utdanning er sluttmålet arbeid eller heile eller delar av grunnskule eller vidaregåande, og programmet kan vare frå ${f.months(r.figures.minMonths!)} til ${f.months(r.figures.otherGoalMaxMonths!)}. Med sluttmål om fullført vidaregåande opplæring kan det vare frå ${f.months(r.figures.minMonths!)} til ${f.months(r.figures.upperSecondaryGoalMaxMonths!)}. Begge kan forlengjast med inntil ${f.months(r.figures.extensionMonths!)}.` },
    "UA-EXT": { title: "Forlenging av programmet", summary: "Programmet kan berre forlengjast dersom deltakaren er venta å nå sluttmålet med forlenginga; kommunen vurderer dette. Godkjend permisjon blir lagd til varigheita." },
    "UA-NOR": { title: "Opplæring i norsk (kollektivt vern)", summary: (r, f) => `Personar med kollektivt vern frå fylte ${r.figures.minAge} til fylte ${r.figures.maxAge} år har rett, men ikkje plikt, til opplæring i norsk i inntil ${f.months(r.figures.maxMonths!)} frå oppstart. Dei har ikkje rett eller plikt til samfunnskunnskap. Dei må ikkje ta prøver, men skal få tilbod om gratis avsluttande prøve. Kommunen lagar ein norskplan saman med vedtaket.` },
    "UA-PART": { title: "Program på deltid", summary: "Personar med kollektivt vern kan delta i introduksjonsprogrammet på deltid." },
    "UA-DECIDE": { title: "Frist for vedtak og oppstart (kollektivt vern)", summary: (r, f) => `Kommunen skal gjere vedtak og sørgje for oppstart så snart som mogleg, og seinast ${f.months(r.figures.deadlineMonths!)} etter busetjing eller etter at det er sett fram krav om program.` },
    "UA-NIR": { title: "Registrering i NIR (kollektivt vern)", summary: (r, f) => `Kommunen skal registrere vedtak og deltaking i Nasjonalt introduksjonsregister (NIR) innan ${f.months(r.figures.deadlineMonths!)} etter at opplysningane ligg føre.` },
    "UA-CONTRACT": { title: "Ingen integreringskontrakt", summary: "Det skal ikkje lagast integreringskontrakt for personar med kollektivt vern." },
    "UA-BENEFIT": { title: "Introduksjonsstønad (kollektivt vern)", summary: "Deltakarar i introduksjonsprogrammet har rett til introduksjonsstønad." },
    "ORD-MAP": { title: "Kompetansekartlegging", summary: "Personar som skal delta i introduksjonsprogrammet, har rett og plikt til kompetansekartlegging etter busetjing, med mindre dei er kartlagde før." },
    "ORD-CAREER": { title: "Karriererettleiing", summary: "Personar i målgruppa for introduksjonsprogrammet har rett og plikt til karriererettleiing. Fylkeskommunen gir tilbodet." },
    "ORD-PLAN": { title: "Integreringsplan", summary: "Kommunen lagar ein integreringsplan saman med deltakaren, med sluttmål og norskmål, omfanget av opplæringa i norsk og samfunnskunnskap, og varigheita og innhaldet i programmet." },
    "ORD-CONTRACT": { title: "Integreringskontrakt", summary: "Kommunen og deltakaren inngår ein integreringskontrakt samstundes som integreringsplanen blir laga." },
    "ORD-FULLTIME": { title: "Program på heiltid og heile året", summary: "Introduksjonsprogrammet er på heiltid og heilårleg, og har fleire obligatoriske element." },
    "ORD-DECIDE": { title: "Frist for vedtak og oppstart", summary: (r, f) => `Kommunen skal gjere vedtak om introduksjonsprogram og sørgje for oppstart så snart som mogleg, og seinast ${f.months(r.figures.deadlineMonths!)} etter busetjing eller krav om program.` },
    "ORD-NOR": { title: "Oppstart av opplæring i norsk og samfunnskunnskap", summary: (r, f) => `Opplæringa skal starte så snart som mogleg, og seinast ${f.months(r.figures.deadlineMonths!)} etter folkeregistrering i kommunen eller etter at det er sett fram krav om opplæring.` },
    "ORD-NIR": { title: "Registrering i NIR", summary: (r, f) => `Kommunen skal registrere vedtak og deltaking i Nasjonalt introduksjonsregister (NIR) innan ${f.months(r.figures.deadlineMonths!)} etter at opplysningane ligg føre.` },
    "RECEPTION-2021": { title: "Tilskot til kvalifisering i integreringsmottak", summary: "Kommunar med integreringsmottak kan få tilskot per plass per månad til eit heiltidsprogram for bebuarane. Det krev ein samarbeidsavtale med mottaket, karrieresenteret og NAV-kontoret. Kommunen aksepterer tilskotsbrevet, rapporterer kvart kvartal og leverer årsrapport med prosjektrekneskap." },
    "DEV-2023": { title: "Tilskot til utvikling av kommunale integreringstiltak (ekstraordinær utlysing)", summary: "Ei ekstraordinær utlysing for korte, arbeidsretta introduksjonsprogram. Kommunen søkjer åleine eller som ansvarleg for fleire kommunar, bidreg med eigendel og prøver ut nye tiltak, ikkje ordinær drift. Vedtaket kan ikkje klagast på." },
    "VACC-MUNI-2022": { title: "Tilskot til informasjonsarbeid om vaksinasjon i kommunar", summary: "Ti kommunar med flest busette frå innvandrargruppene med lågast vaksinasjonsgrad fekk eit særskilt tilskot til å senke barrierane for vaksinering. Kommunane leverer ein kort rapport om bruken og deretter årsrapport." },
    "VACC-NGO-2022": { title: "Tilskot til informasjonsarbeid i frivillige organisasjonar", summary: "Frivillige organisasjonar kunne få tilskot til å formidle vaksinasjonsråda frå styresmaktene til innvandrarbefolkninga. Ein del er øyremerkt tre organisasjonar som arbeider mot negativ sosial kontroll." },
    SETTLE: { title: "Tilskot ved busetjing", summary: "Busetjing etter avtale med IMDi utløyser integreringstilskot, og busetjing av einslege mindreårige utløyser eit eige tilskot. Desse og tilskotet til opplæring i norsk blir betalte ut automatisk. Ekstratilskotet må kommunen søkje om. Kjeldene oppgir ikkje dagens satsar, så Rettsjekk viser ingen." },
  },
  notes: {
    "N1-IP2-IP3-BOUNDARY": "Kjelda skildrar pakke II som «mellom 1. januar og 1. juli 2019» og pakke III som «mellom 1. juli 2019 og 1. januar 2020», så 1. juli 2019 passar i begge. Rettsjekk bruker halvopne periodar: ein start 1. juli 2019 høyrer til pakke III.",
    "N2-NOR-JULY-BOUNDARY": "Pakke III for norskopplæring gjeld «frå og med 1. juli 2021». Difor høyrer avslutning 1. juli 2021 til pakke III, og pakke II sluttar 30. juni 2021.",
    "N3-START-2019-01-01": "«Før 1. januar 2019» gir seks månader, «mellom 1. januar 2019 og 1. januar 2020» gir fire, og forsterka program gjeld «etter 1. januar 2019». Rettsjekk gir ein start nøyaktig 1. januar 2019 fire månader og forsterka program.",
    "N4-NOR-2020-12-31": "«Avslutta før 31. desember 2020» og «mellom 1. januar 2021 og 31. desember 2021» seier ikkje kvar 31. desember 2020 høyrer heime. Rettsjekk reknar avslutning 31. desember 2020 med i gruppa med seks månader.",
    "N5-PARTICIPATING-ON-REFERENCE-DATE": "Vilkåret om at deltakaren framleis deltok på ein bestemd dato står i IMDi si skildring av rapporteringa, og er eit vilkår for tilskotet. Den som ikkje deltok den datoen, blir ikkje rekna med i pakken.",
    "N6-Q122-BY-END-DATE": "Pakken for første kvartal 2022 gjeld deltakarar som skulle avslutte programmet i perioden. Det er altså (planlagd) sluttdato som avgjer, ikkje startdato.",
    "N7-PACKAGE-I-LOWER-BOUND": "Kjeldene gir inga nedre grense for pakke I. Høyringa i 2020 retta tiltaka mot deltakarar i sluttfasen og mot dei som avslutta norskopplæringa hausten 2020, med reglar frå 1. august 2020. Rettsjekk reknar difor ikkje med program eller opplæring som slutta før 1. august 2020. Grensa kjem frå høyringa, ikkje frå lovteksten.",
    "N8-PACKAGE-REPORTING": "IMDi betalte pakke I etter ein fordelingsnøkkel, pakke II etter ei spørjeundersøking i juni 2021, og pakke III etter eit rapporteringsskjema i november 2021. Det skjemaet var òg siste sjanse til å rapportere bruk av pakke II.",
    "MONTH-ARITHMETIC": "Fristar på eit tal månader blir rekna som i norsk lov (domstollova § 148): same dato så mange månader seinare, eller siste dagen i månaden når den datoen ikkje finst. 30. november pluss tre månader blir 29. februar i eit skotår.",
    "REGISTRATION-FROM-SETTLEMENT": "Fristen for å starte opplæring i norsk blir rekna frå folkeregistrering i kommunen eller frå kravet om opplæring. Rettsjekk reknar frå busetjingsdatoen du oppgav, fordi den som blir busett registrerer ny adresse då. Er registreringa eller kravet på ein annan dato, flyttar fristen seg tilsvarande.",
    "UA-END-DATE-ANNOUNCED": "IMDi har sagt at dei mellombelse reglane gjeld «førebels til 1. juli 2026» (ei eldre side sa 1. juli 2024). Kjeldene stadfestar verken ei forlenging eller ein slutt. Rettsjekk vurderer difor reglane òg etter denne datoen. Sjekk med kommunen eller IMDi kva som gjeld no.",
    "LEGAL-BASIS-SELF-DECLARED": "Svaret byggjer på det lovgrunnlaget som er oppgitt. Det er kommunen som avgjer kva lov som gjeld for deg.",
    "VACC-TOTAL-DISCREPANCY": (rule, f) => `Brevet frå departementet oppgir ${f.nok(rule("VACC-MUNI-2022").amounts["vacc-muni-total"]!)} til saman, men dei ti beløpa i tabellen blir ${f.nok(rule("VACC-MUNI-2022").listedSum)}. Rettsjekk viser begge tala.`,
    "HISTORICAL-RULE": "Denne regelen høyrde til ein periode som er over. Svaret viser om personen var i målgruppa den gongen, til dømes ved kontroll og rapportering, ikkje at tiltaket kan givast i dag.",
    "N9-Q122-EXTENSION-PERIOD": "Eit program eller ei opplæring som slutta på siste dagen i perioden, kunne forlengjast i inntil så mange månader som regelen gir. Rettsjekk reknar difor pakken for første kvartal 2022 som gjeldande til forlenginga kunne vere over, ikkje berre til slutten av perioden.",
    "N10-IP1-NOR-NO-RIGHT-AND-DUTY": "IMDi nemner vilkåret om rett og plikt til opplæring i norsk og samfunnskunnskap (introduksjonslova § 17 første ledd) for pakke II, pakke III og pakken for første kvartal 2022, men ikkje for pakke I. Rettsjekk stiller difor ikkje det vilkåret for pakke I.",
    "UA-NOR-AGE-67": "Lova gir rett til opplæring i norsk for personar «mellom 18 og 67 år». Rettsjekk les det som frå fylte 18 år til fylte 67 år: den som er 67 år, har ikkje retten.",
    "CHAPTER-6A-NOT-APPLICABLE": "Dei mellombelse reglane i integreringslova kapittel 6A gjeld ikkje her: anten vart opphaldsløyvet gitt før perioden kapitlet gjeld for, eller vurderingsdatoen er før kapitlet tok til å gjelde (sjå vilkåra). Der kapittel 6A ikkje gjeld, gjeld dei alminnelege reglane i integreringslova, og Rettsjekk vurderer dei.",
  },
  measures: {
    "extended-programme": "Utvida programtid",
    "extended-norwegian": "Utvida norskopplæring",
    "reinforced-programme": "Forsterka introduksjonsprogram",
    "career-guidance": "Karriererettleiing",
    "competence-mapping": "Kompetansekartlegging",
    "integration-plan": "Integreringsplan",
    "programme-content": "Innhald i programmet",
    "parent-guidance": "Foreldrerettleiing",
    "programme-duration": "Varigheita til programmet",
    "programme-extension": "Forlenging",
    "norwegian-training": "Opplæring i norsk",
    "part-time": "Deltid",
    "decision-deadline": "Frist for vedtak",
    register: "Registrering i NIR",
    "integration-contract": "Integreringskontrakt",
    "introduction-benefit": "Introduksjonsstønad",
    "programme-form": "Programform",
    grant: "Tilskot",
  },
  groups: {
    covid: "Koronapakkane og dei mellombelse lovene",
    "collective-protection": "Mellombelse reglar for personar med kollektivt vern",
    ordinary: "Ordinære deltakarar etter integreringslova",
    grant: "Tilskot til kommunar og organisasjonar",
  },
  statuses: {
    entitled: "Har rett",
    "needs-assessment": "Kommunen vurderer behovet",
    applies: "Gjeld",
    "not-entitled": "Har ikkje rett",
    "missing-information": "Manglar opplysningar",
  },
  statusesForInformation: {
    entitled: "Gjeld",
    "needs-assessment": "Kommunen vurderer",
    applies: "Gjeld",
    "not-entitled": "Gjeld ikkje",
    "missing-information": "Manglar opplysningar",
  },
  kinds: {
    right: "Rett",
    "right-and-duty": "Rett og plikt",
    duty: "Plikt",
    information: "Til orientering",
    "grant-scheme": "Tilskotsordning",
  },
  legalBases: {
    introduksjonsloven: "Introduksjonslova (busett før 2021)",
    integreringsloven: "Integreringslova",
    "collective-protection": "Kollektivt vern (utlendingslova § 34)",
  },
  endGoals: {
    work: "arbeid",
    education: "utdanning (heile eller delar av grunnskule eller vidaregåande)",
    "upper-secondary": "fullført vidaregåande opplæring",
    other: "anna sluttmål",
  },
  fields: {
    "programme.start": "Startdato for introduksjonsprogrammet",
    "programme.end": "Sluttdato for introduksjonsprogrammet (faktisk eller planlagd)",
    "norwegianTraining.rightAndDuty": "Rett og plikt til opplæring i norsk og samfunnskunnskap",
    "norwegianTraining.end": "Dato opplæringa i norsk vart eller blir avslutta",
    age: "Alder",
    upperSecondary: "Utdanning på vidaregåande nivå frå før",
    endGoal: "Sluttmål for programmet",
    childrenUnder18: "Barn under 18 år",
    settled: "Dato for busetjing i kommunen",
    permitGranted: "Dato opphaldsløyvet vart gitt",
  },
  seeds: {
    S0: "IMDi: Integreringspakkane og mellombelse lover under pandemien",
    S1: "IMDi: Ekstraordinær utlysing av tilskot til utvikling av kommunale integreringstiltak",
    S2: "IMDi: Tilskot til kvalifisering for bebuarar i integreringsmottak",
    S3: "Departementet: Tillegg nr. 1 til tildelingsbrevet for IMDi 2022",
    S4: "IMDi: Informasjon til kommunar som ikkje har busett dei siste åra",
  },
  sourceName: (s) => `${s.kind === "imdi-page" ? "IMDi-sida" : "Brevet frå departementet"} «${s.title}», ${s.kind === "imdi-page" ? "sist oppdatert" : "datert"} ${s.date}`,
  grantConditions: {
    "reception-has-centre": "Kommunen har eit integreringsmottak",
    "reception-cooperation-agreement": "Det finst ein samarbeidsavtale mellom kommunen og asylmottaket, karrieresenteret og NAV-kontoret",
    "reception-full-time-programme": "Tilskotet blir brukt til eit heiltidsprogram for bebuarane",
    "reception-not-covered-elsewhere": "Tilskotet går ikkje til det som andre ordningar allereie dekkjer",
    "dev-municipality-applies": "Kommunen søkjer, åleine eller som ansvarleg for eit samarbeid mellom kommunar",
    "dev-own-contribution": "Kommunen bidreg med eigendel",
    "dev-min-participants": (rule) => `Prosjektet har minst ${rule("DEV-2023").figures.minParticipants} deltakarar`,
    "dev-earlier-projects": "Kommunen kan vise til tidlegare prosjekt av god kvalitet",
    "dev-new-measures": "Tiltaket er nytt eller ei vidareutvikling, ikkje ordinær drift eller eit eksisterande tiltak",
    "dev-curricula": "Opplæringa følgjer gjeldande læreplanar (unnateke språkopplæring for deltakarar etter kapittel 6A)",
    "vacc-muni-named": "Kommunen er ein av dei ti kommunane departementet har valt ut",
    "vacc-ngo-voluntary": "Organisasjonen er frivillig og driv informasjonsarbeid om vaksinering",
    "vacc-ngo-earmarked": "Ein del er øyremerkt tre organisasjonar som arbeider mot negativ sosial kontroll",
    "settle-automatic": "Integreringstilskot, tilskot for einslege mindreårige og tilskot til opplæring i norsk blir betalte ut automatisk",
    "settle-extra-applied": "Ekstratilskotet må søkjast: tilskot 1 éin gong det første eller andre året, tilskot 2 årleg i inntil fem år",
  },
  deadlines: {
    apply: "Søknadsfrist",
    report: "Rapporteringsfrist",
    "annual-report": "Årsrapport og rekneskap",
    "accept-letter": "Frist for å akseptere tilskotsbrevet",
    "quarterly-report": "Tilskotsrapport kvart kvartal",
    "short-report": "Kort rapport om bruken av midlane",
  },
  amounts: {
    "reception-rate": "Sats per plass per månad",
    "dev-frame": "Ramme for utlysinga",
    "vacc-muni-total": "Samla tilskot (oppgitt)",
    "vacc-muni-listed-sum": "Summen av beløpa i tabellen",
    "vacc-ngo-total": "Samla tilskot",
    "vacc-ngo-earmarked": "Øyremerkt arbeid mot negativ sosial kontroll",
    "vacc-ngo-per-organisation": "Per organisasjon",
    "career-county-funding": "Midlar til fylkeskommunane",
  },
  condition: {
    "rules-in-force": (r, f) =>
      r.held ? `Reglane galdt på vurderingsdatoen (frå ${f.date(r.date!)}).` : `Reglane gjeld først frå ${f.date(r.date!)}, og vurderingsdatoen er ${f.date(String(r.actual))}.`,
    "programme-participant": (r, f) =>
      r.held ? `Deltakar i introduksjonsprogrammet frå ${f.date(r.period!.start!)}.` : "Det er ikkje oppgitt når introduksjonsprogrammet starta.",
    "programme-start-in-window": (r, f) =>
      r.held === null
        ? `Startdato for programmet er ikkje oppgitt; regelen krev start ${f.window(r.window!)}.`
        : `Programmet starta ${f.date(String(r.actual))}, ${r.held ? "innanfor" : "utanfor"} perioden ${f.window(r.window!)}.`,
    "programme-end-in-window": (r, f) =>
      r.held === null
        ? `Sluttdato for programmet er ikkje oppgitt; regelen krev avslutning ${f.window(r.window!)}.`
        : `Programmet sluttar ${f.date(String(r.actual))}, ${r.held ? "innanfor" : "utanfor"} perioden ${f.window(r.window!)}.`,
    "training-end-in-window": (r, f) =>
      r.held === null
        ? `Datoen opplæringa i norsk vart avslutta er ikkje oppgitt; regelen krev avslutning ${f.window(r.window!)}.`
        : `Opplæringa i norsk vart avslutta ${f.date(String(r.actual))}, ${r.held ? "innanfor" : "utanfor"} perioden ${f.window(r.window!)}.`,
    "permit-granted-in-window": (r, f) =>
      r.held === null
        ? `Datoen for opphaldsløyvet er ikkje oppgitt; reglane gjeld løyve gitt ${f.window(r.window!)}.`
        : `Opphaldsløyvet vart gitt ${f.date(String(r.actual))}, ${r.held ? "innanfor" : "utanfor"} perioden ${f.window(r.window!)}.`,
    "participating-on": (r, f) => participation(r.held, f.date(r.date!), r.period, f, "på"),
    "participating-on-or-after": (r, f) => participation(r.held, f.date(r.date!), r.period, f, "på eller etter"),
    "right-and-duty": (r) =>
      r.held === null ? "Det er ikkje oppgitt om deltakaren har rett og plikt til opplæring i norsk og samfunnskunnskap." : r.held ? "Har rett og plikt til opplæring i norsk og samfunnskunnskap." : "Har ikkje rett og plikt til opplæring i norsk og samfunnskunnskap, som regelen krev.",
    "upper-secondary": (r) =>
      r.held === null ? "Det er ikkje oppgitt om deltakaren har utdanning på vidaregåande nivå frå før." : r.actual ? "Har utdanning på vidaregåande nivå frå før." : "Har ikkje utdanning på vidaregåande nivå frå før.",
    "age-under": (r) => (r.held === null ? `Alder er ikkje oppgitt; regelen gjeld under ${r.max} år.` : `Alder ${r.actual} år, ${r.held ? "under" : "ikkje under"} ${r.max} år.`),
    "age-at-least": (r) => (r.held === null ? `Alder er ikkje oppgitt; regelen gjeld frå ${r.min} år.` : `Alder ${r.actual} år, ${r.held ? "" : "ikkje "}${r.min} år eller eldre.`),
    "age-between": (r) => (r.held === null ? `Alder er ikkje oppgitt; regelen gjeld frå fylte ${r.min} år til fylte ${r.max} år.` : `Alder ${r.actual} år, ${r.held ? "innanfor" : "utanfor"} aldersgrensa (frå fylte ${r.min} til fylte ${r.max} år).`),
    "children-under-18": (r) => (r.held === null ? "Det er ikkje oppgitt om deltakaren har barn under 18 år." : r.held ? "Har barn under 18 år." : "Har ikkje barn under 18 år."),
    "end-goal": (r, f) => (r.held === null ? "Sluttmål for programmet er ikkje oppgitt." : `Sluttmål: ${f.endGoal(r.actual as never)}.`),
    "date-known": (r, f) => (r.held === null ? `${f.field(r.field!)} er ikkje oppgitt.` : `${f.field(r.field!)}: ${f.date(String(r.actual))}.`),
    "chapter-6a-not-applicable": (r, f) =>
      r.field === "permitGranted"
        ? `Opphaldsløyvet vart gitt ${f.date(String(r.actual))}, utanfor perioden for kapittel 6A (${f.window(r.window!)}). Dei alminnelege reglane gjeld.`
        : `Vurderingsdatoen ${f.date(String(r.actual))} er før kapittel 6A tok til å gjelde ${f.date(r.date!)}. Dei alminnelege reglane gjeld.`,
  },
  miss: {
    "rules-in-force": (m, f) => `Reglane gjeld frå ${f.date(m.nearest!)}${m.days ? ` (${f.days(m.days)} seinare)` : ""}.`,
    "programme-participant": () => "Regelen gjeld deltakarar i introduksjonsprogrammet.",
    "programme-start-in-window": (m, f) => `Programmet måtte ha starta ${f.window(m.reason.window!)}${near(m, f)}.`,
    "programme-end-in-window": (m, f) => `Programmet måtte ha slutta ${f.window(m.reason.window!)}${near(m, f)}.`,
    "training-end-in-window": (m, f) => `Opplæringa måtte ha vorte avslutta ${f.window(m.reason.window!)}${near(m, f)}.`,
    "permit-granted-in-window": (m, f) => `Opphaldsløyvet måtte ha vore gitt ${f.window(m.reason.window!)}${near(m, f)}.`,
    "participating-on": (m, f) => `Deltakaren måtte framleis ha vore i programmet ${f.date(m.reason.date!)}${m.days ? ` (${f.days(m.days)} lenger)` : ""}.`,
    "participating-on-or-after": (m, f) => `Programmet måtte ha vart til minst ${f.date(m.reason.date!)}${m.days ? ` (${f.days(m.days)} lenger)` : ""}.`,
    "right-and-duty": () => "Regelen gjeld berre deltakarar med rett og plikt til opplæring i norsk og samfunnskunnskap.",
    "upper-secondary": (m) => (m.reason.expected ? "Regelen gjeld deltakarar med utdanning på vidaregåande nivå frå før." : "Regelen gjeld deltakarar utan utdanning på vidaregåande nivå frå før."),
    "age-under": (m) => `Regelen gjeld deltakarar under ${m.reason.max} år.`,
    "age-at-least": (m) => `Regelen gjeld deltakarar frå ${m.reason.min} år.`,
    "age-between": (m) => `Regelen gjeld frå fylte ${m.reason.min} år til fylte ${m.reason.max} år.`,
    "children-under-18": () => "Plikta gjeld berre deltakarar med barn under 18 år.",
    "end-goal": (m, f) => `Regelen gjeld sluttmåla: ${((m.reason.expected as string[]) ?? []).map((g) => f.endGoal(g as never)).join(", ")}.`,
    "date-known": (m, f) => `${f.field(m.field!)} må vere oppgitt.`,
    "chapter-6a-not-applicable": () => "Dei alminnelege reglane gjeld berre når kapittel 6A ikkje gjeld.",
  },
  deadline: (d, f) =>
    `${d.what === "decision" ? "Vedtak og oppstart" : "Oppstart av opplæring i norsk"} seinast ${f.date(d.due)} (${f.months(d.months)} etter busetjing ${f.date(d.from)}).`,
  validation: {
    required: "Feltet må fyllast ut.",
    "invalid-date": "Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2019-08-15.",
    "impossible-date": "Datoen finst ikkje i kalenderen.",
    "end-before-start": "Sluttdatoen kan ikkje vere før startdatoen.",
    "invalid-type": "Verdien har feil type.",
    "invalid-value": "Verdien er ikkje eitt av dei tillatne vala.",
    "too-small": "Verdien er for liten.",
    "too-large": "Verdien er for stor.",
    "unknown-field": "Feltet er ukjent.",
    "too-long": "Teksten er for lang.",
    "body-too-large": "Innhaldet er for stort.",
    "malformed-json": "Innhaldet er ikkje gyldig JSON.",
    "unsupported-media-type": "Formatet er ikkje støtta.",
    "national-id": "Teksten ser ut til å innehalde eit fødselsnummer eller D-nummer. Rapporten skal berre ha tal, aldri personopplysningar.",
    "date-out-of-range": `Året må vere mellom ${DATE_YEARS.min} og ${DATE_YEARS.max}.`,
    "after-assessment-date": "Datoen er etter vurderingsdatoen. Oppgi ein dato som alt har vore, eller vel ein seinare vurderingsdato.",
  },
};

function near(m: { nearest?: string; days?: number }, f: Pick<Formatters, "date" | "days">): string {
  return m.nearest ? ` – næraste dato som ville ha gått, er ${f.date(m.nearest)}${m.days ? `, ${f.days(m.days)} unna` : ""}` : "";
}

function participation(
  held: boolean | null,
  date: string,
  period: { start?: string; end?: string } | undefined,
  f: { date: (d: string) => string },
  preposition: string,
): string {
  const span = period?.start ? `programmet: ${f.date(period.start)}–${period.end ? f.date(period.end) : "held fram"}` : "startdato ikkje oppgitt";
  if (held === null) return `Det er ikkje oppgitt nok til å vite om deltakaren var i programmet ${preposition} ${date}.`;
  return `${held ? "Var" : "Var ikkje"} i programmet ${preposition} ${date} (${span}).`;
}
