import { CHANGES, MUNICIPALITIES_2024, MUNICIPALITIES_2026 } from "./data";

/**
 * The municipality register (kommunenummer), from Statistics Norway's classification 131 (Klass), open
 * data. Pure: runs in the Worker, the browser and at build time. Codes are 4-character strings ("0301").
 * An old code is explained, never silently mapped when it was split.
 */
export const MUNICIPALITY_SOURCE = "Statistisk sentralbyrå (SSB), Klass 131 Standard for kommuneinndeling (NLOD / CC BY 4.0)";

export interface Municipality {
  code: string;
  /** The official name, with Sami or Kven parallel names as SSB writes them ("Kárášjohka - Karasjok"). */
  name: string;
  /** The parallel names one by one. */
  names: string[];
}

export type CodeExplanation =
  | { kind: "current"; municipality: Municipality }
  | { kind: "renumbered"; from: Municipality; to: Municipality; changedOn: string }
  | { kind: "merged"; from: Municipality; to: Municipality; changedOn: string }
  | { kind: "split"; from: Municipality; to: Municipality[]; changedOn: string }
  | { kind: "unknown"; code: string };

const make = (code: string, name: string): Municipality => ({ code, name, names: name.split(" - ") });

/** Registers by the first day they are valid, newest last. */
const ERAS: Array<{ from: string; byCode: Map<string, Municipality> }> = buildEras();

function buildEras() {
  const from2024 = new Map(MUNICIPALITIES_2024.map(([c, n]) => [c, make(c, n)]));
  const from2026 = new Map(MUNICIPALITIES_2026.map(([c, n]) => [c, make(c, n)]));
  const before = (later: Map<string, Municipality>, on: string) => {
    const rows = CHANGES.filter((r) => r[4] === on);
    const created = new Set(rows.map((r) => r[2]));
    const era = new Map([...later].filter(([code]) => !created.has(code)));
    for (const [oldCode, oldName] of rows) era.set(oldCode, make(oldCode, oldName));
    return era;
  };
  const from2020 = before(from2024, "2024-01-01");
  const before2020 = before(from2020, "2020-01-01");
  return [
    { from: "0000-01-01", byCode: before2020 },
    { from: "2020-01-01", byCode: from2020 },
    { from: "2024-01-01", byCode: from2024 },
    { from: "2026-01-01", byCode: from2026 },
  ];
}

function eraOn(date: string) {
  return [...ERAS].reverse().find((e) => date >= e.from) ?? ERAS[0]!;
}

export function municipalitiesOn(date: string): Municipality[] {
  return [...eraOn(date).byCode.values()];
}

export function municipalitiesIn(year: 2024 | 2026): Municipality[] {
  return municipalitiesOn(`${year}-01-01`);
}

export function findByCode(code: string, onDate: string): Municipality | undefined {
  return eraOn(onDate).byCode.get(code);
}

/** The municipalities an old code became, following every later change to the codes in force today. */
export function successorsOf(oldCode: string): Array<{ code: string; name: string; changedOn: string }> {
  const rows = CHANGES.filter((r) => r[0] === oldCode && r[2] !== oldCode);
  return rows.flatMap(([, , newCode, newName, on]) => {
    const later = successorsOf(newCode);
    return later.length > 0 ? later : [{ code: newCode, name: newName, changedOn: on }];
  });
}

/** Explains a code on a date: in force then, or what it became (renumbered, merged, split), or unknown. */
export function explainCode(code: string, onDate: string): CodeExplanation {
  const current = findByCode(code, onDate);
  if (current) return { kind: "current", municipality: current };
  const rows = CHANGES.filter((r) => r[0] === code && r[4] <= onDate);
  if (rows.length === 0) return { kind: "unknown", code };
  const from = make(code, rows[0]![1]);
  const targets = successorsOf(code).map((s) => findByCode(s.code, onDate) ?? make(s.code, s.name));
  const changedOn = rows[0]![4];
  if (targets.length > 1) return { kind: "split", from, to: targets, changedOn };
  const to = targets[0]!;
  const mergedWithOthers = CHANGES.some((r) => r[2] === rows[0]![2] && r[0] !== code);
  return { kind: mergedWithOthers ? "merged" : "renumbered", from, to, changedOn };
}

/** Folds case and Norwegian and Sami letters so "barum", "Bærum" and "BAERUM" meet. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("æ", "a")
    .replaceAll("ae", "a")
    .replaceAll("ø", "o")
    .replaceAll("å", "a")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .trim();
}

export interface SearchHit {
  municipality: Municipality;
  /** How the query matched: today's number, an older number (explained), or a name. */
  via: "code" | "old-code" | "name";
  explanation?: CodeExplanation;
}

/** Finds municipalities valid on `onDate` by today's or an older number, or by any of their names. */
export function search(query: string, onDate: string): SearchHit[] {
  const q = query.trim();
  if (/^\d{1,4}$/.test(q)) {
    const code = q.padStart(4, "0");
    const explanation = explainCode(code, onDate);
    if (explanation.kind === "current") return [{ municipality: explanation.municipality, via: "code" }];
    if (explanation.kind === "split") return explanation.to.map((m) => ({ municipality: m, via: "old-code" as const, explanation }));
    if (explanation.kind === "renumbered" || explanation.kind === "merged") return [{ municipality: explanation.to, via: "old-code", explanation }];
    return [];
  }
  const needle = fold(q);
  if (needle.length === 0) return [];
  return municipalitiesOn(onDate)
    .filter((m) => m.names.some((n) => fold(n).includes(needle)))
    .map((m) => ({ municipality: m, via: "name" as const }));
}

/**
 * The one municipality a number given in an older source stands for on a date: itself, or what it was
 * renumbered or merged into. Undefined for a number that was split (which part is unknowable) or unknown.
 */
export function currentCode(code: string, onDate: string): string | undefined {
  const e = explainCode(code, onDate);
  if (e.kind === "current") return e.municipality.code;
  if (e.kind === "renumbered" || e.kind === "merged") return e.to.code;
  return undefined;
}
