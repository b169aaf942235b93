/**
 * The round's deadline as a calendar file, for the report page (`/rapport/frist.ics`) and as the link and
 * reminder e-mails' attachment: one all-day event on the deadline's date in Norway, the time in its text,
 * in the municipality's written standard. One event, one uid per round and municipality, so importing it
 * twice updates it rather than adding a second.
 */
import { INTAKE_STRINGS, type IntakeLang } from "../core/i18n/intake";
import { todayInOslo } from "../core/rules/dates";
import { toIcs } from "../formats/calendar";
import { osloDateTime } from "./osloTime";

export interface DeadlineOf {
  roundId: string;
  code: string;
  municipalityName: string;
  title: string;
  closesAt: string;
}

export function deadlineIcs(d: DeadlineOf, lang: IntakeLang): string {
  const w = INTAKE_STRINGS[lang].calendar;
  const event = {
    uid: `round-${d.roundId}-${d.code}@rettsjekk`,
    date: todayInOslo(new Date(d.closesAt)),
    title: w.title(d.title, d.code, d.municipalityName),
    description: w.description(osloDateTime(d.closesAt)),
  };
  return toIcs([event], w.name);
}
