/**
 * The COVID-package rules and the collective-protection duration rules written a second time, in
 * Publicodes (the French government's rules-as-code engine), from the domain brief rather than from
 * our TypeScript. Dates are dd/mm/yyyy. Conventions used here:
 * - an ongoing programme has `programme . dernier jour` = 31/12/2999 (the brief: absent end = ongoing);
 * - a rule "holds" when its conditions are true; unknown inputs leave it undefined (missing information).
 */
export const PEER_RULES: Record<string, unknown> = {
  programme: null,
  "programme . début": { type: "date" },
  "programme . fin": { type: "date" },
  "programme . dernier jour": { type: "date" },
  norsk: null,
  "norsk . fin": { type: "date" },
  "norsk . droit et devoir": { type: "booléen" },
  personne: null,
  "personne . âge": { type: "nombre" },
  "personne . vgs": { type: "booléen" },
  "personne . objectif": { type: "texte" },
  "personne . permis": { type: "date" },
  "personne . enfants": { type: "booléen" },
  "personne . bosatt": { type: "date" },

  "IP1-PROG": { "toutes ces conditions": ["programme . début < 01/01/2019", "programme . dernier jour >= 01/08/2020"] },
  "IP2-PROG": {
    "toutes ces conditions": ["programme . début >= 01/01/2019", "programme . début < 01/07/2019", "programme . début <= 01/01/2021", "programme . dernier jour >= 01/01/2021"],
  },
  "IP3-PROG": {
    "toutes ces conditions": ["programme . début >= 01/07/2019", "programme . début < 01/01/2020", "programme . début <= 01/07/2021", "programme . dernier jour >= 01/07/2021"],
  },
  "Q122-PROG": { "toutes ces conditions": ["programme . fin >= 01/01/2022", "programme . fin <= 31/03/2022"] },
  "IP1-NOR": { "toutes ces conditions": ["norsk . fin >= 01/08/2020", "norsk . fin <= 31/12/2020"] },
  "IP2-NOR": { "toutes ces conditions": ["norsk . droit et devoir", "norsk . fin >= 01/01/2021", "norsk . fin < 01/07/2021"] },
  "IP3-NOR": { "toutes ces conditions": ["norsk . droit et devoir", "norsk . fin >= 01/07/2021", "norsk . fin <= 31/12/2021"] },
  "Q122-NOR": { "toutes ces conditions": ["norsk . droit et devoir", "norsk . fin >= 01/01/2022", "norsk . fin <= 31/03/2022"] },

  "permis valide": { valeur: "personne . permis >= 11/03/2022" },
  "UA-DUR-VGS": { "toutes ces conditions": ["permis valide", "personne . vgs"] },
  "durée sans vgs": {
    variations: [{ si: "personne . objectif = 'upper-secondary'", alors: 36 }, { sinon: 24 }],
  },
  "UA-DUR-U25": { "toutes ces conditions": ["permis valide", "personne . vgs = non", "personne . âge < 25", "durée sans vgs > 0"] },
  "UA-DUR-25": { "toutes ces conditions": ["permis valide", "personne . vgs = non", "personne . âge >= 25", "durée sans vgs > 0"] },
  // A duty and an information rule of chapter 6A: they apply, they are no entitlement.
  "UA-PARENT": { "toutes ces conditions": ["permis valide", "personne . enfants"] },
  "UA-CONTRACT": { valeur: "permis valide" },

  // Outside chapter 6A (a permit before 11 March 2022; the assessment date is after 15 June 2022), the
  // ordinary rules of integreringsloven apply to collective protection too.
  "hors 6A": { valeur: "personne . permis < 11/03/2022" },
  "ORD-MAP": { valeur: "oui" },
  "ORD-CONTRACT": { valeur: "oui" },
  // The decision deadline counts from the settlement date: without it the rule cannot be decided.
  "ORD-DECIDE": { valeur: "personne . bosatt >= 01/01/1900" },
};

/** Per rule: months when it holds (the brief's tables), and what it gives (a right, or a duty/information that applies). */
export const PEER_MONTHS: Record<string, { max: number | "by-goal" | null; extension?: number; needsTested: boolean; applies?: true }> = {
  "IP1-PROG": { max: 6, needsTested: true },
  "IP2-PROG": { max: 4, needsTested: true },
  "IP3-PROG": { max: 4, needsTested: true },
  "Q122-PROG": { max: 4, needsTested: true },
  "IP1-NOR": { max: 6, needsTested: false },
  "IP2-NOR": { max: 4, needsTested: false },
  "IP3-NOR": { max: 4, needsTested: false },
  "Q122-NOR": { max: 4, needsTested: false },
  "UA-DUR-VGS": { max: 6, extension: 6, needsTested: false },
  "UA-DUR-U25": { max: "by-goal", extension: 12, needsTested: false },
  "UA-DUR-25": { max: "by-goal", extension: 12, needsTested: false },
  "UA-PARENT": { max: null, needsTested: false, applies: true },
  "UA-CONTRACT": { max: null, needsTested: false, applies: true },
  "ORD-MAP": { max: null, needsTested: false },
  "ORD-CONTRACT": { max: null, needsTested: false, applies: true },
  "ORD-DECIDE": { max: null, needsTested: false },
};
