import type { Lang } from "../rules";

/**
 * The participant-list columns, with the headers a caseworker may use in Norwegian or English. No names
 * are needed: an own reference identifies the row for the caseworker only.
 */
export const COLUMNS = [
  { key: "ref", nb: "referanse", en: "reference", aliases: ["ref", "id", "løpenummer", "lopenummer"] },
  { key: "legalBasis", nb: "lovgrunnlag", en: "legal basis", aliases: ["legalbasis", "regelverk", "lov"] },
  { key: "programme.start", nb: "programstart", en: "programme start", aliases: ["startdato", "program start", "programme.start", "start"] },
  { key: "programme.end", nb: "programslutt", en: "programme end", aliases: ["sluttdato", "program slutt", "programme.end", "slutt"] },
  { key: "norwegianTraining.end", nb: "norsk slutt", en: "norwegian training end", aliases: ["norskopplæring slutt", "norsk avsluttet", "training end", "norwegiantraining.end"] },
  { key: "norwegianTraining.rightAndDuty", nb: "rett og plikt norsk", en: "right and duty", aliases: ["rett og plikt", "norwegiantraining.rightandduty"] },
  { key: "age", nb: "alder", en: "age", aliases: [] },
  { key: "upperSecondary", nb: "videregående", en: "upper secondary", aliases: ["vgs", "uppersecondary", "videregaende"] },
  { key: "endGoal", nb: "sluttmål", en: "end goal", aliases: ["endgoal", "sluttmal"] },
  { key: "childrenUnder18", nb: "barn under 18", en: "children under 18", aliases: ["barn", "childrenunder18"] },
  { key: "settled", nb: "bosatt", en: "settled", aliases: ["bosettingsdato", "bosetting", "settlement"] },
  { key: "permitGranted", nb: "tillatelse gitt", en: "permit granted", aliases: ["oppholdstillatelse", "permitgranted", "tillatelse"] },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]["key"];

const norm = (s: string) => s.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/\s+/g, " ");

/** Maps a header row to column keys; unknown headers are ignored (caseworkers' lists have extra columns). */
export function mapHeaders(headers: string[]): Array<ColumnKey | undefined> {
  return headers.map((h) => {
    const n = norm(h);
    return COLUMNS.find((c) => c.nb === n || c.en === n || (c.aliases as readonly string[]).includes(n) || c.key.toLowerCase() === n)?.key;
  });
}

/** A template with the headers in one language and one example row. */
export function templateCsv(lang: Extract<Lang, "nb" | "en">): string {
  const example = ["A-001", "introduksjonsloven", "15.08.2019", "31.12.2021", "01.10.2021", "ja", "31", "nei", "arbeid", "ja", "01.03.2019", ""];
  const exampleEn = ["A-001", "introduksjonsloven", "2019-08-15", "2021-12-31", "2021-10-01", "yes", "31", "no", "work", "yes", "2019-03-01", ""];
  return `\uFEFF${COLUMNS.map((c) => c[lang]).join(";")}\r\n${(lang === "nb" ? example : exampleEn).join(";")}\r\n`;
}
