import { DATE_YEARS } from "../../rules/validationCodes";
import type { Formatters, RuleTextsSource } from "../schema";

/** The catalog in bokmål. Figures never appear in summaries; pages render them from the catalog. */
export const ruleTexts: RuleTextsSource = {
  rules: {
    "IP1-PROG": { title: "Utvidet programtid (integreringspakke I)", summary: (r, f) => `Deltakere som startet introduksjonsprogrammet ${f.window(r.windows.programmeStart!)} og fortsatt deltok ${f.date(r.referenceDates.participatingFrom!)} eller senere, kunne få programmet forlenget med inntil ${f.months(r.figures.maxMonths!)}. Retten er behovsprøvd: kommunen vurderer om deltakeren trenger mer tid for å komme i jobb eller utdanning. Kommunene fikk pengene etter en fordelingsnøkkel, ikke per deltaker.` },
    "IP2-PROG": { title: "Utvidet programtid (integreringspakke II)", summary: (r, f) => `Deltakere som startet introduksjonsprogrammet ${f.window(r.windows.programmeStart!)} og fortsatt deltok ${f.date(r.referenceDates.participatingOn!)}, kan få programmet forlenget med inntil ${f.months(r.figures.maxMonths!)}. Retten er behovsprøvd: kommunen vurderer behovet. Kommunen får et fast tilskudd per deltaker som får utvidelsen, etter rapportering til IMDi.` },
    "IP3-PROG": { title: "Utvidet programtid (integreringspakke III)", summary: (r, f) => `Deltakere som startet introduksjonsprogrammet ${f.window(r.windows.programmeStart!)} og fortsatt deltok ${f.date(r.referenceDates.participatingOn!)}, kan få programmet forlenget med inntil ${f.months(r.figures.maxMonths!)}. Retten er behovsprøvd: kommunen vurderer behovet. Kommunen får et fast tilskudd per deltaker etter rapportering til IMDi.` },
    "Q122-PROG": { title: "Utvidet programtid (pakken for første kvartal 2022)", summary: (r, f) => `Deltakere som skulle avslutte introduksjonsprogrammet ${f.window(r.windows.programmeEnd!)}, kan få programmet forlenget med inntil ${f.months(r.figures.maxMonths!)} hvis de trenger det for å komme i jobb eller utdanning. Det er sluttdatoen som avgjør, ikke når programmet startet. Kommunen får tilskudd per deltaker som for pakke II og III.` },
    "IP1-NOR": { title: "Utvidet norskopplæring (integreringspakke I)", summary: (r, f) => `Deltakere som avsluttet opplæringen i norsk ${f.window(r.windows.trainingEnd!)}, har rett til inntil ${f.months(r.figures.maxMonths!)} utvidet opplæring. Retten er ikke behovsprøvd: alle i målgruppen skal få tilbudet, og kommunen avgjør bare hvor lenge. Kommunene fikk pengene etter en fordelingsnøkkel.` },
    "IP2-NOR": { title: "Utvidet norskopplæring (integreringspakke II)", summary: (r, f) => `Deltakere med rett og plikt til opplæring i norsk og samfunnskunnskap etter introduksjonsloven som avsluttet opplæringen ${f.window(r.windows.trainingEnd!)}, har rett til inntil ${f.months(r.figures.maxMonths!)} utvidet opplæring. Retten er ikke behovsprøvd; kommunen avgjør lengden. Kommunen får et fast tilskudd per deltaker.` },
    "IP3-NOR": { title: "Utvidet norskopplæring (integreringspakke III)", summary: (r, f) => `Deltakere med rett og plikt til opplæring i norsk og samfunnskunnskap som avsluttet opplæringen ${f.window(r.windows.trainingEnd!)}, har rett til inntil ${f.months(r.figures.maxMonths!)} utvidet opplæring. Retten er ikke behovsprøvd; kommunen avgjør lengden. Kommunen får et fast tilskudd per deltaker.` },
    "Q122-NOR": { title: "Utvidet norskopplæring (pakken for første kvartal 2022)", summary: (r, f) => `Deltakere med rett og plikt til opplæring etter introduksjonsloven § 17 første ledd som avsluttet opplæringen ${f.window(r.windows.trainingEnd!)}, har rett til inntil ${f.months(r.figures.maxMonths!)} utvidet opplæring. Retten er ikke behovsprøvd. Pengene går til kommunen gjennom tilskuddet til opplæring i norsk.` },
    REINF: { title: "Forsterket introduksjonsprogram", summary: (r, f) => `Deltakere som startet introduksjonsprogrammet ${f.window(r.windows.programmeStart!)}, har rett til å få revidert planen sin og få fastsatt et sluttmål. Med sluttmål om fullført videregående opplæring kan programmet vare i inntil ${f.months(r.figures.maxMonths!)}, og forlenges med inntil ${f.months(r.figures.extensionMonths!)} hvis deltakeren ventes å fullføre med mer tid.` },
    CAREER: { title: "Karriereveiledning for programdeltakere", summary: "Alle deltakere i introduksjonsprogrammet har rett til å få vurdert behovet for karriereveiledning, og til å få veiledning hvis de trenger det. Fylkeskommunen gir veiledningen og fikk egne midler til dette under pandemien." },
    "UA-MAP": { title: "Kompetansekartlegging (kollektiv beskyttelse)", summary: "Personer med kollektiv beskyttelse har rett, men ikke plikt, til kompetansekartlegging etter bosetting, med mindre de er kartlagt før." },
    "UA-CAREER": { title: "Karriereveiledning (kollektiv beskyttelse)", summary: "Personer med kollektiv beskyttelse har rett, men ikke plikt, til karriereveiledning. Fylkeskommunen gir tilbudet. Veiledningen kan skje i grupper og trenger ikke ende i en anbefaling." },
    "UA-PLAN": { title: "Forenklet integreringsplan", summary: "Kommunen lager en forenklet integreringsplan sammen med deltakeren: minst sluttmål, varighet, innhold og elementene i programmet. Planen trenger ikke lages samtidig med vedtaket, og den trenger ikke bygge på kartlegging eller karriereveiledning." },
    "UA-CONTENT": { title: "Innhold i introduksjonsprogrammet (kollektiv beskyttelse)", summary: "Programmet skal minst ha arbeids- eller utdanningsrettede elementer og et språktilbud. Hurtigspor, lønnet arbeid, karriereveiledning, livsmestring og samfunnskunnskap kan være med, men er ikke krav." },
    "UA-PARENT": { title: "Foreldreveiledning", summary: (r) => `Deltakere som har barn under ${r.figures.childrenUnderAge} år, skal delta på kurs i foreldreveiledning som del av programmet.` },
    "UA-DUR-VGS": { title: "Varighet med videregående utdanning fra før", summary: (r, f) => `Deltakere som har utdanning på videregående nivå fra før, har rett til et program på inntil ${f.months(r.figures.maxMonths!)}, som kan forlenges med inntil ${f.months(r.figures.extensionMonths!)}.` },
    "UA-DUR-U25": { title: (r) => `Varighet under ${r.figures.maxAge} år uten videregående`, summary: (r, f) => `For deltakere under ${r.figures.maxAge} år uten videregående utdanning er sluttmålet som hovedregel fullført videregående opplæring, og programmet kan da vare fra ${f.months(r.figures.minMonths!)} til ${f.months(r.figures.upperSecondaryGoalMaxMonths!)}. Med et annet sluttmål kan det vare fra ${f.months(r.figures.minMonths!)} til ${f.months(r.figures.otherGoalMaxMonths!)}. Begge kan forlenges med inntil ${f.months(r.figures.extensionMonths!)}.` },
    "UA-DUR-25": { title: (r) => `Varighet fra ${r.figures.minAge} år uten videregående`, summary: (r, f) => `For deltakere fra ${r.figures.minAge} år uten videregående utdanning er sluttmålet arbeid eller hele eller deler av grunnskole eller videregående, og programmet kan vare fra ${f.months(r.figures.minMonths!)} til ${f.months(r.figures.otherGoalMaxMonths!)}. Med sluttmål om fullført videregående opplæring kan det vare fra ${f.months(r.figures.minMonths!)} til ${f.months(r.figures.upperSecondaryGoalMaxMonths!)}. Begge kan forlenges med inntil ${f.months(r.figures.extensionMonths!)}.` },
    "UA-EXT": { title: "Forlengelse av programmet", summary: "Programmet kan bare forlenges hvis deltakeren ventes å nå sluttmålet med forlengelsen; kommunen vurderer dette. Godkjent permisjon legges til varigheten." },
    "UA-NOR": { title: "Opplæring i norsk (kollektiv beskyttelse)", summary: (r, f) => `Personer med kollektiv beskyttelse fra fylte ${r.figures.minAge} til fylte ${r.figures.maxAge} år har rett, men ikke plikt, til opplæring i norsk i inntil ${f.months(r.figures.maxMonths!)} fra oppstart. De har ikke rett eller plikt til samfunnskunnskap. De må ikke ta prøver, men skal få tilbud om gratis avsluttende prøve. Kommunen lager en norskplan sammen med vedtaket.` },
    "UA-PART": { title: "Program på deltid", summary: "Personer med kollektiv beskyttelse kan delta i introduksjonsprogrammet på deltid." },
    "UA-DECIDE": { title: "Frist for vedtak og oppstart (kollektiv beskyttelse)", summary: (r, f) => `Kommunen skal fatte vedtak og sørge for oppstart så snart som mulig, og senest ${f.months(r.figures.deadlineMonths!)} etter bosetting eller etter at det er satt fram krav om program.` },
    "UA-NIR": { title: "Registrering i NIR (kollektiv beskyttelse)", summary: (r, f) => `Kommunen skal registrere vedtak og deltakelse i Nasjonalt introduksjonsregister (NIR) innen ${f.months(r.figures.deadlineMonths!)} etter at opplysningene foreligger.` },
    "UA-CONTRACT": { title: "Ingen integreringskontrakt", summary: "Det skal ikke lages integreringskontrakt for personer med kollektiv beskyttelse." },
    "UA-BENEFIT": { title: "Introduksjonsstønad (kollektiv beskyttelse)", summary: "Deltakere i introduksjonsprogrammet har rett til introduksjonsstønad." },
    "ORD-MAP": { title: "Kompetansekartlegging", summary: "Personer som skal delta i introduksjonsprogrammet, har rett og plikt til kompetansekartlegging etter bosetting, med mindre de er kartlagt før." },
    "ORD-CAREER": { title: "Karriereveiledning", summary: "Personer i målgruppen for introduksjonsprogrammet har rett og plikt til karriereveiledning. Fylkeskommunen gir tilbudet." },
    "ORD-PLAN": { title: "Integreringsplan", summary: "Kommunen lager en integreringsplan sammen med deltakeren, med sluttmål og norskmål, omfanget av opplæringen i norsk og samfunnskunnskap, og programmets varighet og innhold." },
    "ORD-CONTRACT": { title: "Integreringskontrakt", summary: "Kommunen og deltakeren inngår en integreringskontrakt samtidig som integreringsplanen lages." },
    "ORD-FULLTIME": { title: "Program på heltid og hele året", summary: "Introduksjonsprogrammet er på heltid og helårig, og har flere obligatoriske elementer." },
    "ORD-DECIDE": { title: "Frist for vedtak og oppstart", summary: (r, f) => `Kommunen skal fatte vedtak om introduksjonsprogram og sørge for oppstart så snart som mulig, og senest ${f.months(r.figures.deadlineMonths!)} etter bosetting eller krav om program.` },
    "ORD-NOR": { title: "Oppstart av opplæring i norsk og samfunnskunnskap", summary: (r, f) => `Opplæringen skal starte så snart som mulig, og senest ${f.months(r.figures.deadlineMonths!)} etter folkeregistrering i kommunen eller etter at det er satt fram krav om opplæring.` },
    "ORD-NIR": { title: "Registrering i NIR", summary: (r, f) => `Kommunen skal registrere vedtak og deltakelse i Nasjonalt introduksjonsregister (NIR) innen ${f.months(r.figures.deadlineMonths!)} etter at opplysningene foreligger.` },
    "RECEPTION-2021": { title: "Tilskudd til kvalifisering i integreringsmottak", summary: "Kommuner med integreringsmottak kan få tilskudd per plass per måned til et fulltidsprogram for beboerne. Det krever en samarbeidsavtale med mottaket, karrieresenteret og NAV-kontoret. Kommunen aksepterer tilskuddsbrevet, rapporterer hvert kvartal og leverer årsrapport med prosjektregnskap." },
    "DEV-2023": { title: "Tilskudd til utvikling av kommunale integreringstiltak (ekstraordinær utlysning)", summary: "En ekstraordinær utlysning for korte, arbeidsrettede introduksjonsprogram. Kommunen søker alene eller som ansvarlig for flere kommuner, bidrar med egenandel og prøver ut nye tiltak, ikke ordinær drift. Vedtaket kan ikke påklages." },
    "VACC-MUNI-2022": { title: "Tilskudd til informasjonsarbeid om vaksinasjon i kommuner", summary: "Ti kommuner med flest bosatte fra innvandrergruppene med lavest vaksinasjonsgrad fikk et særskilt tilskudd til å senke barrierene for vaksinering. Kommunene leverer en kort rapport om bruken og deretter årsrapport." },
    "VACC-NGO-2022": { title: "Tilskudd til informasjonsarbeid i frivillige organisasjoner", summary: "Frivillige organisasjoner kunne få tilskudd til å formidle myndighetenes vaksinasjonsråd til innvandrerbefolkningen. En del er øremerket tre organisasjoner som arbeider mot negativ sosial kontroll." },
    SETTLE: { title: "Tilskudd ved bosetting", summary: "Bosetting etter avtale med IMDi utløser integreringstilskudd, og bosetting av enslige mindreårige utløser et eget tilskudd. Disse og tilskuddet til opplæring i norsk betales ut automatisk. Ekstratilskuddet må kommunen søke om. Kildene oppgir ikke dagens satser, så Rettsjekk viser ingen." },
  },
  notes: {
    "N1-IP2-IP3-BOUNDARY": "Kilden beskriver pakke II som «mellom 1. januar og 1. juli 2019» og pakke III som «mellom 1. juli 2019 og 1. januar 2020», så 1. juli 2019 passer i begge. Rettsjekk bruker halvåpne perioder: en start 1. juli 2019 hører til pakke III.",
    "N2-NOR-JULY-BOUNDARY": "Pakke III for norskopplæring gjelder «fra og med 1. juli 2021». Derfor hører avslutning 1. juli 2021 til pakke III, og pakke II slutter 30. juni 2021.",
    "N3-START-2019-01-01": "«Før 1. januar 2019» gir seks måneder, «mellom 1. januar 2019 og 1. januar 2020» gir fire, og forsterket program gjelder «etter 1. januar 2019». Rettsjekk gir en start nøyaktig 1. januar 2019 fire måneder og forsterket program.",
    "N4-NOR-2020-12-31": "«Avsluttet før 31. desember 2020» og «mellom 1. januar 2021 og 31. desember 2021» sier ikke hvor 31. desember 2020 hører hjemme. Rettsjekk regner avslutning 31. desember 2020 med i gruppen med seks måneder.",
    "N5-PARTICIPATING-ON-REFERENCE-DATE": "Vilkåret om at deltakeren fortsatt deltok på en bestemt dato står i IMDis beskrivelse av rapporteringen, og er et vilkår for tilskuddet. Den som ikke deltok den datoen, regnes ikke med i pakken.",
    "N6-Q122-BY-END-DATE": "Pakken for første kvartal 2022 gjelder deltakere som skulle avslutte programmet i perioden. Det er altså (planlagt) sluttdato som avgjør, ikke startdato.",
    "N7-PACKAGE-I-LOWER-BOUND": "Kildene gir ingen nedre grense for pakke I. Høringen i 2020 rettet tiltakene mot deltakere i sluttfasen og mot dem som avsluttet norskopplæringen høsten 2020, med regler fra 1. august 2020. Rettsjekk regner derfor ikke med program eller opplæring som sluttet før 1. august 2020. Grensen kommer fra høringen, ikke fra lovteksten.",
    "N8-PACKAGE-REPORTING": "IMDi betalte pakke I etter en fordelingsnøkkel, pakke II etter en spørreundersøkelse i juni 2021, og pakke III etter et rapporteringsskjema i november 2021. Det skjemaet var også siste mulighet til å rapportere bruk av pakke II.",
    "MONTH-ARITHMETIC": "Frister på et antall måneder regnes som i norsk lov (domstolloven § 148): samme dato så mange måneder senere, eller siste dag i måneden når den datoen ikke finnes. 30. november pluss tre måneder blir 29. februar i et skuddår.",
    "REGISTRATION-FROM-SETTLEMENT": "Fristen for å starte opplæring i norsk regnes fra folkeregistrering i kommunen eller fra kravet om opplæring. Rettsjekk regner fra bosettingsdatoen du oppga, fordi den som bosettes registrerer ny adresse da. Er registreringen eller kravet på en annen dato, flytter fristen seg tilsvarende.",
    "UA-END-DATE-ANNOUNCED": "IMDi har sagt at de midlertidige reglene gjelder «foreløpig til 1. juli 2026» (en eldre side sa 1. juli 2024). Kildene bekrefter verken en forlengelse eller en slutt. Rettsjekk vurderer derfor reglene også etter denne datoen. Sjekk med kommunen eller IMDi hva som gjelder nå.",
    "LEGAL-BASIS-SELF-DECLARED": "Svaret bygger på det lovgrunnlaget som er oppgitt. Det er kommunen som avgjør hvilken lov som gjelder for deg.",
    "VACC-TOTAL-DISCREPANCY": (rule, f) => `Brevet fra departementet oppgir ${f.nok(rule("VACC-MUNI-2022").amounts["vacc-muni-total"]!)} til sammen, men de ti beløpene i tabellen blir ${f.nok(rule("VACC-MUNI-2022").listedSum)}. Rettsjekk viser begge tallene.`,
    "HISTORICAL-RULE": "Denne regelen hørte til en periode som er over. Svaret viser om personen var i målgruppen den gangen, for eksempel ved kontroll og rapportering, ikke at tiltaket kan gis i dag.",
    "N9-Q122-EXTENSION-PERIOD": "Et program eller en opplæring som sluttet på periodens siste dag, kunne forlenges i inntil så mange måneder som regelen gir. Rettsjekk regner derfor pakken for første kvartal 2022 som gjeldende til forlengelsen kunne være over, ikke bare til periodens slutt.",
    "N10-IP1-NOR-NO-RIGHT-AND-DUTY": "IMDi nevner vilkåret om rett og plikt til opplæring i norsk og samfunnskunnskap (introduksjonsloven § 17 første ledd) for pakke II, pakke III og pakken for første kvartal 2022, men ikke for pakke I. Rettsjekk stiller derfor ikke det vilkåret for pakke I.",
    "UA-NOR-AGE-67": "Loven gir rett til opplæring i norsk for personer «mellom 18 og 67 år». Rettsjekk leser det som fra fylte 18 år til fylte 67 år: den som er 67 år, har ikke retten.",
    "CHAPTER-6A-NOT-APPLICABLE": "De midlertidige reglene i integreringsloven kapittel 6A gjelder ikke her: enten ble oppholdstillatelsen gitt før perioden kapitlet gjelder for, eller vurderingsdatoen er før kapitlet trådte i kraft (se vilkårene). Der kapittel 6A ikke gjelder, gjelder de alminnelige reglene i integreringsloven, og Rettsjekk vurderer dem.",
  },
  measures: {
    "extended-programme": "Utvidet programtid",
    "extended-norwegian": "Utvidet norskopplæring",
    "reinforced-programme": "Forsterket introduksjonsprogram",
    "career-guidance": "Karriereveiledning",
    "competence-mapping": "Kompetansekartlegging",
    "integration-plan": "Integreringsplan",
    "programme-content": "Innhold i programmet",
    "parent-guidance": "Foreldreveiledning",
    "programme-duration": "Programmets varighet",
    "programme-extension": "Forlengelse",
    "norwegian-training": "Opplæring i norsk",
    "part-time": "Deltid",
    "decision-deadline": "Frist for vedtak",
    register: "Registrering i NIR",
    "integration-contract": "Integreringskontrakt",
    "introduction-benefit": "Introduksjonsstønad",
    "programme-form": "Programform",
    grant: "Tilskudd",
  },
  groups: {
    covid: "Koronapakkene og de midlertidige lovene",
    "collective-protection": "Midlertidige regler for personer med kollektiv beskyttelse",
    ordinary: "Ordinære deltakere etter integreringsloven",
    grant: "Tilskudd til kommuner og organisasjoner",
  },
  statuses: {
    entitled: "Har rett",
    "needs-assessment": "Kommunen vurderer behovet",
    applies: "Gjelder",
    "not-entitled": "Har ikke rett",
    "missing-information": "Mangler opplysninger",
  },
  statusesForInformation: {
    entitled: "Gjelder",
    "needs-assessment": "Kommunen vurderer",
    applies: "Gjelder",
    "not-entitled": "Gjelder ikke",
    "missing-information": "Mangler opplysninger",
  },
  kinds: {
    right: "Rett",
    "right-and-duty": "Rett og plikt",
    duty: "Plikt",
    information: "Til orientering",
    "grant-scheme": "Tilskuddsordning",
  },
  legalBases: {
    introduksjonsloven: "Introduksjonsloven (bosatt før 2021)",
    integreringsloven: "Integreringsloven",
    "collective-protection": "Kollektiv beskyttelse (utlendingsloven § 34)",
  },
  endGoals: {
    work: "arbeid",
    education: "utdanning (hele eller deler av grunnskole eller videregående)",
    "upper-secondary": "fullført videregående opplæring",
    other: "annet sluttmål",
  },
  fields: {
    "programme.start": "Startdato for introduksjonsprogrammet",
    "programme.end": "Sluttdato for introduksjonsprogrammet (faktisk eller planlagt)",
    "norwegianTraining.rightAndDuty": "Rett og plikt til opplæring i norsk og samfunnskunnskap",
    "norwegianTraining.end": "Dato opplæringen i norsk ble eller blir avsluttet",
    age: "Alder",
    upperSecondary: "Utdanning på videregående nivå fra før",
    endGoal: "Sluttmål for programmet",
    childrenUnder18: "Barn under 18 år",
    settled: "Dato for bosetting i kommunen",
    permitGranted: "Dato oppholdstillatelsen ble gitt",
  },
  seeds: {
    S0: "IMDi: Integreringspakkene og midlertidige lover under pandemien",
    S1: "IMDi: Ekstraordinær utlysning av tilskudd til utvikling av kommunale integreringstiltak",
    S2: "IMDi: Tilskudd til kvalifisering for beboere i integreringsmottak",
    S3: "Departementet: Tillegg nr. 1 til tildelingsbrevet for IMDi 2022",
    S4: "IMDi: Informasjon til kommuner som ikke har bosatt de siste årene",
  },
  sourceName: (s) => `${s.kind === "imdi-page" ? "IMDi-siden" : "Departementets brev"} «${s.title}», ${s.kind === "imdi-page" ? "sist oppdatert" : "datert"} ${s.date}`,
  grantConditions: {
    "reception-has-centre": "Kommunen har et integreringsmottak",
    "reception-cooperation-agreement": "Det finnes en samarbeidsavtale mellom kommunen og asylmottaket, karrieresenteret og NAV-kontoret",
    "reception-full-time-programme": "Tilskuddet brukes til et fulltidsprogram for beboerne",
    "reception-not-covered-elsewhere": "Tilskuddet går ikke til det som andre ordninger allerede dekker",
    "dev-municipality-applies": "Kommunen søker, alene eller som ansvarlig for et samarbeid mellom kommuner",
    "dev-own-contribution": "Kommunen bidrar med egenandel",
    "dev-min-participants": (rule) => `Prosjektet har minst ${rule("DEV-2023").figures.minParticipants} deltakere`,
    "dev-earlier-projects": "Kommunen kan vise til tidligere prosjekter av god kvalitet",
    "dev-new-measures": "Tiltaket er nytt eller en videreutvikling, ikke ordinær drift eller et eksisterende tiltak",
    "dev-curricula": "Opplæringen følger gjeldende læreplaner (unntatt språkopplæring for deltakere etter kapittel 6A)",
    "vacc-muni-named": "Kommunen er en av de ti kommunene departementet har valgt ut",
    "vacc-ngo-voluntary": "Organisasjonen er frivillig og driver informasjonsarbeid om vaksinering",
    "vacc-ngo-earmarked": "En del er øremerket tre organisasjoner som arbeider mot negativ sosial kontroll",
    "settle-automatic": "Integreringstilskudd, tilskudd for enslige mindreårige og tilskudd til opplæring i norsk betales ut automatisk",
    "settle-extra-applied": "Ekstratilskuddet må søkes: tilskudd 1 én gang det første eller andre året, tilskudd 2 årlig i inntil fem år",
  },
  deadlines: {
    apply: "Søknadsfrist",
    report: "Rapporteringsfrist",
    "annual-report": "Årsrapport og regnskap",
    "accept-letter": "Frist for å akseptere tilskuddsbrevet",
    "quarterly-report": "Tilskuddsrapport hvert kvartal",
    "short-report": "Kort rapport om bruken av midlene",
  },
  amounts: {
    "reception-rate": "Sats per plass per måned",
    "dev-frame": "Ramme for utlysningen",
    "vacc-muni-total": "Samlet tilskudd (oppgitt)",
    "vacc-muni-listed-sum": "Summen av beløpene i tabellen",
    "vacc-ngo-total": "Samlet tilskudd",
    "vacc-ngo-earmarked": "Øremerket arbeid mot negativ sosial kontroll",
    "vacc-ngo-per-organisation": "Per organisasjon",
    "career-county-funding": "Midler til fylkeskommunene",
  },
  condition: {
    "rules-in-force": (r, f) =>
      r.held ? `Reglene gjaldt på vurderingsdatoen (fra ${f.date(r.date!)}).` : `Reglene gjelder først fra ${f.date(r.date!)}, og vurderingsdatoen er ${f.date(String(r.actual))}.`,
    "programme-participant": (r, f) =>
      r.held ? `Deltaker i introduksjonsprogrammet fra ${f.date(r.period!.start!)}.` : "Det er ikke oppgitt når introduksjonsprogrammet startet.",
    "programme-start-in-window": (r, f) =>
      r.held === null
        ? `Startdato for programmet er ikke oppgitt; regelen krever start ${f.window(r.window!)}.`
        : `Programmet startet ${f.date(String(r.actual))}, ${r.held ? "innenfor" : "utenfor"} perioden ${f.window(r.window!)}.`,
    "programme-end-in-window": (r, f) =>
      r.held === null
        ? `Sluttdato for programmet er ikke oppgitt; regelen krever avslutning ${f.window(r.window!)}.`
        : `Programmet slutter ${f.date(String(r.actual))}, ${r.held ? "innenfor" : "utenfor"} perioden ${f.window(r.window!)}.`,
    "training-end-in-window": (r, f) =>
      r.held === null
        ? `Datoen opplæringen i norsk ble avsluttet er ikke oppgitt; regelen krever avslutning ${f.window(r.window!)}.`
        : `Opplæringen i norsk ble avsluttet ${f.date(String(r.actual))}, ${r.held ? "innenfor" : "utenfor"} perioden ${f.window(r.window!)}.`,
    "permit-granted-in-window": (r, f) =>
      r.held === null
        ? `Datoen for oppholdstillatelsen er ikke oppgitt; reglene gjelder tillatelser gitt ${f.window(r.window!)}.`
        : `Oppholdstillatelsen ble gitt ${f.date(String(r.actual))}, ${r.held ? "innenfor" : "utenfor"} perioden ${f.window(r.window!)}.`,
    "participating-on": (r, f) => participation(r.held, f.date(r.date!), r.period, f, "på"),
    "participating-on-or-after": (r, f) => participation(r.held, f.date(r.date!), r.period, f, "på eller etter"),
    "right-and-duty": (r) =>
      r.held === null ? "Det er ikke oppgitt om deltakeren har rett og plikt til opplæring i norsk og samfunnskunnskap." : r.held ? "Har rett og plikt til opplæring i norsk og samfunnskunnskap." : "Har ikke rett og plikt til opplæring i norsk og samfunnskunnskap, som regelen krever.",
    "upper-secondary": (r) =>
      r.held === null ? "Det er ikke oppgitt om deltakeren har utdanning på videregående nivå fra før." : r.actual ? "Har utdanning på videregående nivå fra før." : "Har ikke utdanning på videregående nivå fra før.",
    "age-under": (r) => (r.held === null ? `Alder er ikke oppgitt; regelen gjelder under ${r.max} år.` : `Alder ${r.actual} år, ${r.held ? "under" : "ikke under"} ${r.max} år.`),
    "age-at-least": (r) => (r.held === null ? `Alder er ikke oppgitt; regelen gjelder fra ${r.min} år.` : `Alder ${r.actual} år, ${r.held ? "" : "ikke "}${r.min} år eller eldre.`),
    "age-between": (r) => (r.held === null ? `Alder er ikke oppgitt; regelen gjelder fra fylte ${r.min} år til fylte ${r.max} år.` : `Alder ${r.actual} år, ${r.held ? "innenfor" : "utenfor"} aldersgrensen (fra fylte ${r.min} til fylte ${r.max} år).`),
    "children-under-18": (r) => (r.held === null ? "Det er ikke oppgitt om deltakeren har barn under 18 år." : r.held ? "Har barn under 18 år." : "Har ikke barn under 18 år."),
    "end-goal": (r, f) => (r.held === null ? "Sluttmål for programmet er ikke oppgitt." : `Sluttmål: ${f.endGoal(r.actual as never)}.`),
    "date-known": (r, f) => (r.held === null ? `${f.field(r.field!)} er ikke oppgitt.` : `${f.field(r.field!)}: ${f.date(String(r.actual))}.`),
    "chapter-6a-not-applicable": (r, f) =>
      r.field === "permitGranted"
        ? `Oppholdstillatelsen ble gitt ${f.date(String(r.actual))}, utenfor perioden for kapittel 6A (${f.window(r.window!)}). De alminnelige reglene gjelder.`
        : `Vurderingsdatoen ${f.date(String(r.actual))} er før kapittel 6A trådte i kraft ${f.date(r.date!)}. De alminnelige reglene gjelder.`,
  },
  miss: {
    "rules-in-force": (m, f) => `Reglene gjelder fra ${f.date(m.nearest!)}${m.days ? ` (${f.days(m.days)} senere)` : ""}.`,
    "programme-participant": () => "Regelen gjelder deltakere i introduksjonsprogrammet.",
    "programme-start-in-window": (m, f) => `Programmet måtte ha startet ${f.window(m.reason.window!)}${near(m, f)}.`,
    "programme-end-in-window": (m, f) => `Programmet måtte ha sluttet ${f.window(m.reason.window!)}${near(m, f)}.`,
    "training-end-in-window": (m, f) => `Opplæringen måtte ha blitt avsluttet ${f.window(m.reason.window!)}${near(m, f)}.`,
    "permit-granted-in-window": (m, f) => `Oppholdstillatelsen måtte ha vært gitt ${f.window(m.reason.window!)}${near(m, f)}.`,
    "participating-on": (m, f) => `Deltakeren måtte fortsatt ha vært i programmet ${f.date(m.reason.date!)}${m.days ? ` (${f.days(m.days)} lenger)` : ""}.`,
    "participating-on-or-after": (m, f) => `Programmet måtte ha vart til minst ${f.date(m.reason.date!)}${m.days ? ` (${f.days(m.days)} lenger)` : ""}.`,
    "right-and-duty": () => "Regelen gjelder bare deltakere med rett og plikt til opplæring i norsk og samfunnskunnskap.",
    "upper-secondary": (m) => (m.reason.expected ? "Regelen gjelder deltakere med utdanning på videregående nivå fra før." : "Regelen gjelder deltakere uten utdanning på videregående nivå fra før."),
    "age-under": (m) => `Regelen gjelder deltakere under ${m.reason.max} år.`,
    "age-at-least": (m) => `Regelen gjelder deltakere fra ${m.reason.min} år.`,
    "age-between": (m) => `Regelen gjelder fra fylte ${m.reason.min} år til fylte ${m.reason.max} år.`,
    "children-under-18": () => "Plikten gjelder bare deltakere med barn under 18 år.",
    "end-goal": (m, f) => `Regelen gjelder sluttmålene: ${((m.reason.expected as string[]) ?? []).map((g) => f.endGoal(g as never)).join(", ")}.`,
    "date-known": (m, f) => `${f.field(m.field!)} må være oppgitt.`,
    "chapter-6a-not-applicable": () => "De alminnelige reglene gjelder bare når kapittel 6A ikke gjelder.",
  },
  deadline: (d, f) =>
    `${d.what === "decision" ? "Vedtak og oppstart" : "Oppstart av opplæring i norsk"} senest ${f.date(d.due)} (${f.months(d.months)} etter bosetting ${f.date(d.from)}).`,
  validation: {
    required: "Feltet må fylles ut.",
    "invalid-date": "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2019-08-15.",
    "impossible-date": "Datoen finnes ikke i kalenderen.",
    "end-before-start": "Sluttdatoen kan ikke være før startdatoen.",
    "invalid-type": "Verdien har feil type.",
    "invalid-value": "Verdien er ikke et av de tillatte valgene.",
    "too-small": "Verdien er for liten.",
    "too-large": "Verdien er for stor.",
    "unknown-field": "Feltet er ukjent.",
    "too-long": "Teksten er for lang.",
    "body-too-large": "Innholdet er for stort.",
    "malformed-json": "Innholdet er ikke gyldig JSON.",
    "unsupported-media-type": "Formatet støttes ikke.",
    "national-id": "Teksten ser ut til å inneholde et fødselsnummer eller D-nummer. Rapporten skal bare ha tall, aldri personopplysninger.",
    "date-out-of-range": `Året må være mellom ${DATE_YEARS.min} og ${DATE_YEARS.max}.`,
    "after-assessment-date": "Datoen er etter vurderingsdatoen. Oppgi en dato som allerede har vært, eller velg en senere vurderingsdato.",
  },
};

function near(m: { nearest?: string; days?: number }, f: Pick<Formatters, "date" | "days">): string {
  return m.nearest ? ` – nærmeste dato som ville gått, er ${f.date(m.nearest)}${m.days ? `, ${f.days(m.days)} unna` : ""}` : "";
}

function participation(
  held: boolean | null,
  date: string,
  period: { start?: string; end?: string } | undefined,
  f: { date: (d: string) => string },
  preposition: string,
): string {
  const span = period?.start ? `programmet: ${f.date(period.start)}–${period.end ? f.date(period.end) : "pågår"}` : "startdato ikke oppgitt";
  if (held === null) return `Det er ikke oppgitt nok til å vite om deltakeren var i programmet ${preposition} ${date}.`;
  return `${held ? "Var" : "Var ikke"} i programmet ${preposition} ${date} (${span}).`;
}
