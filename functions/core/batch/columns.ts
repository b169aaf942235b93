import type { EndGoal, Lang, LegalBasis } from "../rules/types";

/**
 * The participant-list columns: the header a caseworker may write in bokmål, nynorsk or English (or a
 * common variant), and the kind of value each holds. No names are needed: an own reference identifies
 * the row for the caseworker only. The page documents every column from this list.
 */
export const COLUMN_KINDS = ["text", "legal-basis", "date", "yes-no", "whole-number", "end-goal"] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export const COLUMNS = [
  { key: "ref", kind: "text", nb: "referanse", nn: "referanse", en: "reference", aliases: ["ref", "id", "løpenummer", "saksnummer"] },
  { key: "legalBasis", kind: "legal-basis", nb: "lovgrunnlag", nn: "lovgrunnlag", en: "legal basis", aliases: ["legalbasis", "regelverk", "lov"] },
  { key: "programme.start", kind: "date", nb: "programstart", nn: "programstart", en: "programme start", aliases: ["startdato", "program start", "programme.start", "start"] },
  { key: "programme.end", kind: "date", nb: "programslutt", nn: "programslutt", en: "programme end", aliases: ["sluttdato", "program slutt", "programme.end", "slutt"] },
  { key: "norwegianTraining.end", kind: "date", nb: "norsk slutt", nn: "norsk slutt", en: "norwegian training end", aliases: ["norskopplæring slutt", "norsk avsluttet", "norsk avslutta", "training end", "norwegiantraining.end"] },
  { key: "norwegianTraining.rightAndDuty", kind: "yes-no", nb: "rett og plikt norsk", nn: "rett og plikt norsk", en: "right and duty", aliases: ["rett og plikt", "norwegiantraining.rightandduty"] },
  { key: "age", kind: "whole-number", nb: "alder", nn: "alder", en: "age", aliases: [] },
  { key: "upperSecondary", kind: "yes-no", nb: "videregående", nn: "vidaregåande", en: "upper secondary", aliases: ["vgs", "uppersecondary", "videregående opplæring", "vidaregåande opplæring"] },
  { key: "endGoal", kind: "end-goal", nb: "sluttmål", nn: "sluttmål", en: "end goal", aliases: ["endgoal"] },
  { key: "childrenUnder18", kind: "yes-no", nb: "barn under 18", nn: "barn under 18", en: "children under 18", aliases: ["barn", "childrenunder18"] },
  { key: "settled", kind: "date", nb: "bosatt", nn: "busett", en: "settled", aliases: ["bosettingsdato", "bosetting", "busetjing", "busetjingsdato", "settlement"] },
  { key: "permitGranted", kind: "date", nb: "tillatelse gitt", nn: "løyve gitt", en: "permit granted", aliases: ["oppholdstillatelse", "opphaldsløyve", "permitgranted", "tillatelse", "løyve"] },
] as const satisfies ReadonlyArray<{ key: string; kind: ColumnKind; nb: string; nn: string; en: string; aliases: readonly string[] }>;

export type ColumnKey = (typeof COLUMNS)[number]["key"];
export type Column = (typeof COLUMNS)[number];

/** Columns a list cannot do without: the person schema requires a legal basis. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ["legalBasis"];

/**
 * The spellings a cell may use, per value: bokmål, nynorsk, English and the catalog's own code. Matched
 * after `fold`, so case, spaces, underscores and "å"/"aa"/"a" do not matter.
 */
export const LEGAL_BASIS_WORDS: Record<LegalBasis, readonly string[]> = {
  introduksjonsloven: ["introduksjonsloven", "introduksjonslova", "introduction act"],
  integreringsloven: ["integreringsloven", "integreringslova", "integration act"],
  "collective-protection": ["kollektiv beskyttelse", "kollektivt vern", "kollektiv vern", "midlertidig kollektiv beskyttelse", "collective protection", "kollektiv", "collective-protection"],
};
export const END_GOAL_WORDS: Record<EndGoal, readonly string[]> = {
  work: ["arbeid", "jobb", "work"],
  education: ["utdanning", "education"],
  "upper-secondary": ["fullført videregående", "fullført vidaregåande", "videregående", "vidaregåande", "vgs", "upper secondary", "upper-secondary"],
  other: ["annet", "anna", "annen", "other"],
};
export const YES_NO_WORDS: Record<"yes" | "no", readonly string[]> = {
  yes: ["ja", "j", "yes", "y", "true", "sant", "1", "x"],
  no: ["nei", "n", "no", "false", "usant", "0"],
};

/**
 * Case, spacing and spelling folded for comparing a header or a word: lower case, no diacritics,
 * ø → o, æ → ae, aa → a (as "videregaaende" is typed without å), underscores and runs of space as one space.
 */
export function fold(s: string): string {
  return s
    .replace(/^\uFEFF/, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replaceAll("ø", "o")
    .replaceAll("æ", "ae")
    .replaceAll("aa", "a")
    .replace(/[_\s]+/g, " ")
    .trim();
}

function lookup<K extends string>(words: Record<K, readonly string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [value, spellings] of Object.entries(words) as Array<[K, readonly string[]]>) for (const s of spellings) map.set(fold(s), value);
  return map;
}
const HEADERS = new Map<string, ColumnKey>(COLUMNS.flatMap((c) => [c.nb, c.nn, c.en, c.key, ...c.aliases].map((h): [string, ColumnKey] => [fold(h), c.key])));
const LEGAL_BASES = lookup(LEGAL_BASIS_WORDS);
const END_GOALS = lookup(END_GOAL_WORDS);
const YES_NO = lookup(YES_NO_WORDS);

export const readLegalBasis = (text: string): LegalBasis | undefined => LEGAL_BASES.get(fold(text));
export const readEndGoal = (text: string): EndGoal | undefined => END_GOALS.get(fold(text));
export const readYesNo = (text: string): boolean | undefined => {
  const word = YES_NO.get(fold(text));
  return word === undefined ? undefined : word === "yes";
};

export const IGNORED_REASONS = ["unknown", "duplicate"] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

/** What the list's header row says: which columns are read, which are not and why, which are missing. */
export interface HeaderReport {
  /** Per column of the file, the key it is read as (undefined: not read). */
  keys: Array<ColumnKey | undefined>;
  recognised: Array<{ index: number; header: string; key: ColumnKey }>;
  ignored: Array<{ index: number; header: string; reason: IgnoredReason }>;
  missing: ColumnKey[];
}

/**
 * Reads a header row. A header that is no known column is reported, never dropped silently (caseworkers'
 * lists have extra columns, which stay in the download); a second column for the same key is reported
 * and not read. Columns without a header are skipped (Excel writes trailing separators).
 */
export function readHeader(headers: string[]): HeaderReport {
  const keys: Array<ColumnKey | undefined> = [];
  const report: HeaderReport = { keys, recognised: [], ignored: [], missing: [] };
  headers.forEach((raw, index) => {
    const header = raw.replace(/^\uFEFF/, "").trim();
    const key = HEADERS.get(fold(header));
    if (header === "") keys.push(undefined);
    else if (key === undefined) {
      keys.push(undefined);
      report.ignored.push({ index, header, reason: "unknown" });
    } else if (keys.includes(key)) {
      keys.push(undefined);
      report.ignored.push({ index, header, reason: "duplicate" });
    } else {
      keys.push(key);
      report.recognised.push({ index, header, key });
    }
  });
  report.missing = REQUIRED_COLUMNS.filter((k) => !keys.includes(k));
  return report;
}

/** Maps a header row to column keys (the API's CSV reads the same headers as the page). */
export function mapHeaders(headers: string[]): Array<ColumnKey | undefined> {
  return readHeader(headers).keys;
}

/** A template with the headers in one language and one example row. */
export function templateCsv(lang: Extract<Lang, "nb" | "en">): string {
  const example = ["A-001", "introduksjonsloven", "15.08.2019", "31.12.2021", "01.10.2021", "ja", "31", "nei", "arbeid", "ja", "01.03.2019", ""];
  const exampleEn = ["A-001", "introduksjonsloven", "2019-08-15", "2021-12-31", "2021-10-01", "yes", "31", "no", "work", "yes", "2019-03-01", ""];
  return `\uFEFF${COLUMNS.map((c) => c[lang]).join(";")}\r\n${(lang === "nb" ? example : exampleEn).join(";")}\r\n`;
}
