import type { Lang } from "../../functions/core/rules";

/** Words of the participant-list page, per language. */
export const BATCH_STRINGS: Record<Lang, Record<string, string>> = {
  nb: {
    title: "Sjekk en deltakerliste", lead: "For saksbehandlere i kommunen: last inn en CSV- eller Excel-fil (.xlsx) med deltakere og se hvem som har rett til hva, og hvilke tilskudd det utløser.",
    privacy: "Fila leses bare i nettleseren din. Ingenting lastes opp, og ingen rader sendes noe sted.", noNames: "Lista trenger ingen navn eller fødselsnummer: bruk en egen referanse.",
    file: "Velg fil (CSV eller .xlsx)", templates: "Maler", templateNb: "Mal på norsk (CSV)", templateEn: "Mal på engelsk (CSV)", noScript: "Denne siden trenger JavaScript, fordi fila skal leses i nettleseren og ikke lastes opp. Systemer kan bruke API-et.",
    summary: "Oppsummering per rapporteringslinje", counted: "{ok} rader vurdert, {errors} rader med feil.", line: "Linje", count: "Antall", rate: "Sats", amount: "Beløp",
    download: "Last ned resultatene (CSV)", downloadXlsx: "Last ned resultatene (Excel)", useInReport: "Bruk tallene i rapporten", errors: "Rader med feil", errorLine: "Rad {row}, kolonne «{column}»", results: "Resultater per deltaker",
    filterRule: "Vis regel", filterStatus: "Vis status", showing: "Viser {n} av {total}", row: "Rad", ref: "Referanse", progress: "Framdrift",
  },
  nn: {
    title: "Sjekk ei deltakarliste", lead: "For saksbehandlarar i kommunen: last inn ei CSV- eller Excel-fil (.xlsx) med deltakarar og sjå kven som har rett til kva, og kva tilskot det utløyser.",
    privacy: "Fila blir berre lesen i nettlesaren din. Ingenting blir lasta opp, og ingen rader blir sende nokon stad.", noNames: "Lista treng ingen namn eller fødselsnummer: bruk ein eigen referanse.",
    file: "Vel fil (CSV eller .xlsx)", templates: "Malar", templateNb: "Mal på norsk (CSV)", templateEn: "Mal på engelsk (CSV)", noScript: "Denne sida treng JavaScript, fordi fila skal lesast i nettlesaren og ikkje lastast opp. System kan bruke API-et.",
    summary: "Oppsummering per rapporteringslinje", counted: "{ok} rader vurderte, {errors} rader med feil.", line: "Linje", count: "Tal", rate: "Sats", amount: "Beløp",
    download: "Last ned resultata (CSV)", downloadXlsx: "Last ned resultata (Excel)", useInReport: "Bruk tala i rapporten", errors: "Rader med feil", errorLine: "Rad {row}, kolonne «{column}»", results: "Resultat per deltakar",
    filterRule: "Vis regel", filterStatus: "Vis status", showing: "Viser {n} av {total}", row: "Rad", ref: "Referanse", progress: "Framdrift",
  },
  en: {
    title: "Check a participant list", lead: "For municipal caseworkers: load a CSV or Excel file (.xlsx) of participants and see who is entitled to what, and which grants it triggers.",
    privacy: "The file is read in your browser only. Nothing is uploaded, and no row is sent anywhere.", noNames: "The list needs no names or national identity numbers: use your own reference.",
    file: "Choose a file (CSV or .xlsx)", templates: "Templates", templateNb: "Template in Norwegian (CSV)", templateEn: "Template in English (CSV)", noScript: "This page needs JavaScript, because the file is read in your browser rather than uploaded. Systems can use the API.",
    summary: "Summary per reporting line", counted: "{ok} rows assessed, {errors} rows with errors.", line: "Line", count: "Count", rate: "Rate", amount: "Amount",
    download: "Download the results (CSV)", downloadXlsx: "Download the results (Excel)", useInReport: "Use these counts in my report", errors: "Rows with errors", errorLine: "Row {row}, column “{column}”", results: "Results per participant",
    filterRule: "Show rule", filterStatus: "Show status", showing: "Showing {n} of {total}", row: "Row", ref: "Reference", progress: "Progress",
  },
  uk: {
    title: "Перевірити список учасників", lead: "Для працівників комуни: завантажте файл CSV або Excel (.xlsx) з учасниками та подивіться, хто на що має право і які дотації це дає.",
    privacy: "Файл читається лише у вашому браузері. Нічого не завантажується на сервер, жоден рядок нікуди не надсилається.", noNames: "У списку не потрібні імена чи персональні номери: використовуйте власний номер запису.",
    file: "Виберіть файл (CSV або .xlsx)", templates: "Шаблони", templateNb: "Шаблон норвезькою (CSV)", templateEn: "Шаблон англійською (CSV)", noScript: "Ця сторінка потребує JavaScript, бо файл читається в браузері, а не завантажується. Системи можуть використовувати API.",
    summary: "Підсумок за рядками звіту", counted: "Оцінено рядків: {ok}, з помилками: {errors}.", line: "Рядок звіту", count: "Кількість", rate: "Ставка", amount: "Сума",
    download: "Завантажити результати (CSV)", downloadXlsx: "Завантажити результати (Excel)", useInReport: "Використати ці числа у звіті", errors: "Рядки з помилками", errorLine: "Рядок {row}, стовпець «{column}»", results: "Результати за учасниками",
    filterRule: "Показати правило", filterStatus: "Показати статус", showing: "Показано {n} з {total}", row: "Рядок", ref: "Номер запису", progress: "Перебіг",
  },
};
