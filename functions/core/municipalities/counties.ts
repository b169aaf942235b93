/**
 * Counties (fylker) by number: the first two digits of a municipality number are its county's number
 * (SSB classification 104). Norwegian names (SSB adds Sami and Kven parallel names to some) from 2024-01-01 (the 15 counties), and the three
 * counties of 2020–2023 whose numbers went away, so a round made before 2024 still groups correctly.
 */
export const COUNTY_SOURCE = "Statistisk sentralbyrå (SSB), Klass 104 Standard for fylkesinndeling";

const COUNTIES: Readonly<Record<string, string>> = {
  "03": "Oslo",
  "11": "Rogaland",
  "15": "Møre og Romsdal",
  "18": "Nordland",
  "30": "Viken",
  "31": "Østfold",
  "32": "Akershus",
  "33": "Buskerud",
  "34": "Innlandet",
  "38": "Vestfold og Telemark",
  "39": "Vestfold",
  "40": "Telemark",
  "42": "Agder",
  "46": "Vestland",
  "50": "Trøndelag",
  "54": "Troms og Finnmark",
  "55": "Troms",
  "56": "Finnmark",
};

/** The county a municipality number belongs to: its number and name ("Fylke 99" for a number not listed). */
export function countyOf(municipalityCode: string): { code: string; name: string } {
  const code = municipalityCode.slice(0, 2);
  return { code, name: COUNTIES[code] ?? `Fylke ${code}` };
}
