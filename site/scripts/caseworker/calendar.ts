/** Deadlines as a calendar file, made in the browser (ical-generator loads with this module, on click). */
import { deadlineEvents, type EventSource } from "../../../functions/core/calendar/events";
import { OUTPUT_STRINGS } from "../../../functions/core/i18n/outputs";
import { RULES_VERSION } from "../../../functions/core/rules/catalog";
import type { Lang } from "../../../functions/core/rules/types";
import { toIcs } from "../../../functions/formats/calendar";
import { saveFile } from "./save";

export function downloadDeadlines(sources: readonly EventSource[], lang: Lang, fileName = "rettsjekk-frister"): void {
  const ics = toIcs(deadlineEvents(sources, lang, RULES_VERSION), OUTPUT_STRINGS[lang].calendarName);
  saveFile(new Blob([ics], { type: "text/calendar;charset=utf-8" }), `${fileName}.ics`);
}
