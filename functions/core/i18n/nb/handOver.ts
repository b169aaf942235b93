import type { HandOverStrings } from "../schema";

/** Handing the list's counts to the report: the list page's words and the report form's (which loads only these). */
export const handOver: HandOverStrings = {
  title: "Bruk tallene i rapporten til IMDi",
  lead: "Bare antall blir lagret, i denne nettleseren – aldri rader, referanser eller datoer.",
  includeAssessed: "Ta med deltakere der kommunen vurderer behovet",
  includeAssessedHint: "Kryss av bare hvis kommunen har gitt dem tiltaket. Uten kryss telles bare deltakere som har rett.",
  save: "Lagre tallene til rapporten",
  saved: "Tallene er lagret i denne nettleseren. Åpne rapportlenken fra IMDi i denne nettleseren, så blir de fylt inn. Har du alt åpnet lenken her, kan du gå rett til rapporten.",
  goToReport: "Gå til rapporten",
  errorsLeftOut: "{n} rader med feil er ikke talt med: {rows}.",
  waiting: "Tall fra deltakerlista (vurdert per {date}) er lagret i denne nettleseren. De blir fylt inn i rapportskjemaet når du åpner rapportlenken fra IMDi her.",
  filled: "Tall merket «Fra deltakerlista» er fylt inn fra lista (vurdert per {date}, {rows} rader). Sjekk dem før du går videre.",
  fromList: "Fra deltakerlista: {n}.",
  assessedLeftOut: "{assessed} der kommunen vurderer behovet er ikke tatt med.",
  assessedIncluded: "{assessed} av dem er deltakere der kommunen vurderer behovet.",
};
