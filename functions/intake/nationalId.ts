/**
 * Refuses text that looks like a Norwegian national identity number or D-number: 11 digits (optionally
 * written 6 + 5 with a space) whose two mod-11 check digits are right. Reports hold counts, never people.
 */
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((s, w, i) => s + w * (digits[i] ?? 0), 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k;
}

export function isNationalIdNumber(candidate: string): boolean {
  if (!/^\d{11}$/.test(candidate)) return false;
  const d = [...candidate].map(Number);
  const k1 = checkDigit(d, W1);
  const k2 = checkDigit(d, W2);
  return k1 !== 10 && k2 !== 10 && k1 === d[9] && k2 === d[10];
}

export function containsNationalIdNumber(text: string): boolean {
  for (const m of text.matchAll(/(?<!\d)(\d{6})[ .]?(\d{5})(?!\d)/g)) {
    if (isNationalIdNumber(`${m[1]}${m[2]}`)) return true;
  }
  return false;
}
