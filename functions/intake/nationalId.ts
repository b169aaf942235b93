/**
 * Finds a Norwegian national identity number (fødselsnummer) or D-number in free text, however it is
 * written, so a report never stores one. Reports hold counts, never people.
 *
 * The text is normalised first (NFKC: full-width and other compatibility digits become 0–9, a
 * non-breaking space a space; then every other script's decimal digits — Arabic-Indic ٠١٢, Persian ۰۱۲,
 * Devanagari ०१२ … — become 0–9 too, since NFKC leaves them as they are). Digits are then read in groups split by separators (spaces of any kind,
 * invisible characters, dashes, dots, slashes, commas, underscores), and every run of whole groups with
 * 11 digits in all is a candidate: `010190-10046`, `01 01 90 10 04 6`, `0101 90 10046`, `010190/10046`.
 * A candidate counts only if it could be a real number: a day (01–31, or 41–71 for a D-number), a month
 * (01–12, or +40 for an H-number, +80 for a synthetic test number) and both mod-11 check digits right.
 * About one 11-digit string in 121 passes the check digits alone; with the date, ordinary amounts,
 * phone numbers and lists of figures pass through.
 */
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((s, w, i) => s + w * (digits[i] ?? 0), 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k;
}

/** Whether 11 digits are a well-formed fødselsnummer or D-number (date part and check digits). */
export function isNationalIdNumber(candidate: string): boolean {
  if (!/^\d{11}$/.test(candidate)) return false;
  const d = [...candidate].map(Number);
  const day = Number(candidate.slice(0, 2));
  // 41–52 and 81–92 fold onto 1–12; every other month number lands outside.
  const month = Number(candidate.slice(2, 4)) % 40;
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  if (month < 1 || month > 12) return false;
  const k1 = checkDigit(d, W1);
  const k2 = checkDigit(d, W2);
  return k1 !== 10 && k2 !== 10 && k1 === d[9] && k2 === d[10];
}

/** Separators a number may be written with: any space or invisible format character, dashes and minus, . / \ , _ */
const SEPARATOR = String.raw`[\s\p{Cf}\p{Pd}\u2212./\\,_]`;
const GROUPS = new RegExp(String.raw`\d+(?:${SEPARATOR}+\d+)*`, "gu");
const SEPARATORS = new RegExp(`${SEPARATOR}+`, "u");

const DECIMAL_DIGIT = /\p{Nd}/u;
const OTHER_DIGITS = /[^\P{Nd}0-9]/gu;

/**
 * A decimal digit of any script as 0–9. Unicode encodes each script's digits 0–9 as one contiguous run of
 * ten (a stability guarantee), so a digit's value is its distance from the start of its run, modulo 10
 * where two runs sit side by side.
 */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/** The text with compatibility forms folded (NFKC) and every script's decimal digits as 0–9. */
export function normaliseDigits(text: string): string {
  return text.normalize("NFKC").replace(OTHER_DIGITS, asciiDigit);
}

export function containsNationalIdNumber(text: string): boolean {
  for (const [run] of normaliseDigits(text).matchAll(GROUPS)) {
    const groups = run.split(SEPARATORS);
    for (let start = 0; start < groups.length; start++) {
      let digits = "";
      for (let end = start; end < groups.length && digits.length < 11; end++) {
        digits += groups[end];
        if (digits.length === 11 && isNationalIdNumber(digits)) return true;
      }
    }
  }
  return false;
}
