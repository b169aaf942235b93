import type { HandOverStrings } from "../schema";

/** Handing the list's counts to the report: the list page's words and the report form's (which loads only these). */
export const handOver: HandOverStrings = {
  title: "Bruk tala i rapporten til IMDi",
  lead: "Berre tal blir lagra, i denne nettlesaren – aldri rader, referansar eller datoar.",
  includeAssessed: "Ta med deltakarar der kommunen vurderer behovet",
  includeAssessedHint: "Kryss av berre viss kommunen har gitt dei tiltaket. Utan kryss blir berre deltakarar som har rett, talde.",
  save: "Lagre tala til rapporten",
  saved: "Tala er lagra i denne nettlesaren. Opne rapportlenkja frå IMDi i denne nettlesaren, så blir dei fylte inn. Har du alt opna lenkja her, kan du gå rett til rapporten.",
  goToReport: "Gå til rapporten",
  errorsLeftOut: "{n} rader med feil er ikkje talde med: {rows}.",
  waiting: "Tal frå deltakarlista (vurdert per {date}) er lagra i denne nettlesaren. Dei blir fylte inn i rapportskjemaet når du opnar rapportlenkja frå IMDi her.",
  filled: "Tal merkte «Frå deltakarlista» er fylte inn frå lista (vurdert per {date}, {rows} rader). Sjekk dei før du går vidare.",
  fromList: "Frå deltakarlista: {n}.",
  assessedLeftOut: "{assessed} der kommunen vurderer behovet, er ikkje tekne med.",
  assessedIncluded: "{assessed} av dei er deltakarar der kommunen vurderer behovet.",
};
