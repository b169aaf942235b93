import type { OutputStrings } from "../schema";

/** The caseworker's outputs on a checker result: the draft and calendar forms, the receipt, the calendar's event titles. */
export const outputs: OutputStrings = {
  heading: "Для муніципалітету: проєкт рішення і строки",
  lead: "Працівники муніципалітету можуть створити проєкт рішення для правила, за яким рішення ухвалює муніципалітет, і додати строки до календаря. Проєкт норвезькою мовою, і його треба перевірити за власними шаблонами рішень IMDi.",
  draftRule: "Правило",
  draftLanguage: "Мова рішення",
  draftSubmit: "Створити проєкт рішення",
  noDraft: "Жодне правило у цій відповіді поки що не дає рішення, проєкт якого муніципалітет може створити.",
  calendarReference: "Позначка в календарі (необов’язково)",
  calendarReferenceHint: "Наприклад, номер справи. Не пишіть ім’я чи персональний ідентифікаційний номер.",
  calendarSubmit: "Завантажити строки (.ics)",
  receipt: "Квитанція",
  receiptHint: "Квитанція показує, на яких правилах і відповідях ґрунтується цей результат. Збережіть її у справі.",
  printHint: "Надрукуйте проєкт або збережіть його як PDF у браузері.",
  backToResult: "Назад до результату",
  calendarName: "Строки з Rettsjekk",
  openPanel: "Проєкти рішень і строки",
  deadlineKinds: { decision: "Строк для рішення і початку вступної програми", "norwegian-start": "Строк для початку навчання норвезької мови" },
};
