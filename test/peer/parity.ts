import fc from "fast-check";
import Engine from "publicodes";
import { evaluate, type Person, type RuleId } from "../../functions/core/rules";
import { person } from "../rules/arbitraries";
import { PEER_MONTHS, PEER_RULES } from "./rules";

export const ASOF = "2026-11-22";
const ORDINARY = ["ORD-MAP", "ORD-CONTRACT", "ORD-DECIDE"];
const APPLIES: Record<Person["legalBasis"], string[]> = {
  introduksjonsloven: ["IP1-PROG", "IP2-PROG", "IP3-PROG", "Q122-PROG", "IP1-NOR", "IP2-NOR", "IP3-NOR", "Q122-NOR"],
  integreringsloven: ["Q122-PROG", ...ORDINARY],
  "collective-protection": ["UA-DUR-VGS", "UA-DUR-U25", "UA-DUR-25", "UA-PARENT", "UA-CONTRACT"],
};
/** The rules both engines compare, as far as they have them. */
const COMPARED = new Set([...Object.values(APPLIES).flat()]);

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const silent = { logger: { log() {}, warn() {}, error() {} } };

export function peerEngine() {
  return new Engine(PEER_RULES as never, silent as never);
}

export interface Outcome {
  status: string;
  months: number | null;
}

export function peerEvaluate(engine: Engine, p: Person): Record<string, Outcome> {
  const s: Record<string, string> = {};
  if (p.programme?.start) s["programme . début"] = dmy(p.programme.start);
  if (p.programme?.end) s["programme . fin"] = dmy(p.programme.end);
  if (p.programme?.start || p.programme?.end) s["programme . dernier jour"] = p.programme.end ? dmy(p.programme.end) : "31/12/2999";
  if (p.norwegianTraining?.end) s["norsk . fin"] = dmy(p.norwegianTraining.end);
  if (p.norwegianTraining?.rightAndDuty !== undefined) s["norsk . droit et devoir"] = p.norwegianTraining.rightAndDuty ? "oui" : "non";
  if (p.age !== undefined) s["personne . âge"] = String(p.age);
  if (p.upperSecondary !== undefined) s["personne . vgs"] = p.upperSecondary ? "oui" : "non";
  if (p.endGoal) s["personne . objectif"] = `'${p.endGoal}'`;
  if (p.permitGranted) s["personne . permis"] = dmy(p.permitGranted);
  if (p.childrenUnder18 !== undefined) s["personne . enfants"] = p.childrenUnder18 ? "oui" : "non";
  if (p.settled) s["personne . bosatt"] = dmy(p.settled);
  engine.setSituation(s as never);
  const out: Record<string, Outcome> = {};
  const rules = [...APPLIES[p.legalBasis]];
  if (p.legalBasis === "collective-protection" && engine.evaluate("hors 6A").nodeValue === true) rules.push(...ORDINARY);
  for (const rule of rules) {
    const value = engine.evaluate(rule).nodeValue;
    const m = PEER_MONTHS[rule]!;
    if (value === true) {
      const max = m.max === "by-goal" ? (engine.evaluate("durée sans vgs").nodeValue as number) : m.max;
      out[rule] = { status: m.applies ? "applies" : m.needsTested ? "needs-assessment" : "entitled", months: max };
    } else out[rule] = { status: value === false ? "not-entitled" : "missing-information", months: null };
  }
  return out;
}

export function ourEvaluate(p: Person): Record<string, Outcome> {
  const out: Record<string, Outcome> = {};
  for (const d of evaluate(p, ASOF)) {
    if (!COMPARED.has(d.rule)) continue;
    const holds = d.status === "entitled" || d.status === "needs-assessment" || d.status === "applies";
    out[d.rule] = { status: d.status, months: holds ? d.maxMonths : null };
  }
  return out;
}

export function samplePeople(n = 10_000): Person[] {
  return fc.sample(person, { numRuns: n, seed: 6 });
}

const ABSENT: Outcome = { status: "(not evaluated)", months: null };

/** Every person and rule where the two engines disagree on status or months, or on which rules apply at all. */
export function differences(people: Person[]) {
  const engine = peerEngine();
  const diffs: Array<{ person: Person; rule: RuleId; ours: Outcome; peer: Outcome }> = [];
  for (const p of people) {
    const ours = ourEvaluate(p);
    const peer = peerEvaluate(engine, p);
    for (const rule of new Set([...Object.keys(ours), ...Object.keys(peer)])) {
      const o = ours[rule] ?? ABSENT;
      const q = peer[rule] ?? ABSENT;
      if (o.status !== q.status || o.months !== q.months) diffs.push({ person: p, rule: rule as RuleId, ours: o, peer: q });
    }
  }
  return diffs;
}
