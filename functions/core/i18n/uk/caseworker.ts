import type { CaseworkerStrings } from "../schema";

/** The draft and calendar panel in the browser, loaded on click. */
export const caseworker: CaseworkerStrings = {
  detailsLegend: "Персональні дані в проєкті",
  detailsHint: "Те, що ви тут пишете, залишається у вашому браузері й потрапляє лише у файл, який ви завантажуєте. Нічого не надсилається і не зберігається.",
  docx: "Завантажити проєкт (.docx)",
  print: "Друкувати",
  close: "Закрити проєкт",
  listHeading: "Проєкти рішень і строки",
  listLead: "Виберіть рядок, щоб створити проєкт рішення або завантажити строки цього рядка. Також можна завантажити строки всіх рядків в одному календарі.",
  row: "Рядок",
  draftFor: "Проєкт рішення для",
  rowCalendar: "Строки рядка (.ics)",
  allCalendar: "Строки всіх рядків (.ics)",
  nothingToDraft: "Жодне правило для цього рядка не дає рішення, проєкт якого муніципалітет може створити.",
  making: "Створюємо файл …",
  details: { name: "Ім’я", birthDate: "Дата народження", address: "Адреса", caseNumber: "Номер справи", caseworker: "Працівник", municipality: "Муніципалітет" },
};
