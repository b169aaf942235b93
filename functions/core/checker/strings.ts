import type { Lang } from "../rules";

/** The checker's own words per language; rule and field wording comes from the rules language packs. */
export interface CheckerStrings {
  title: string;
  intro: string;
  privacy: string;
  legalBasisQuestion: string;
  legalBasisHint: string;
  dateHint: string;
  yes: string;
  no: string;
  dontKnow: string;
  continue: string;
  back: string;
  startAgain: string;
  checkAnswers: string;
  change: string;
  seeResult: string;
  resultTitle: string;
  why: string;
  whatWouldChange: string;
  interpretations: string;
  sources: string;
  months: (n: number) => string;
  extension: (n: number) => string;
  grant: (nok: string) => string;
  nextStep: string;
  nextStepText: string;
  print: string;
  errorTitle: string;
  notAnswered: string;
  assessedOn: (date: string) => string;
}

export const CHECKER_STRINGS: Record<Lang, CheckerStrings> = {
  nb: {
    title: "Hva har jeg rett til?",
    intro: "Svar på noen spørsmål. Du får bare spørsmål som betyr noe for svaret.",
    privacy: "Svarene sendes ikke til noen og lagres ikke. Med JavaScript beregnes alt i nettleseren din.",
    legalBasisQuestion: "Hvilket regelverk gjelder for deg?",
    legalBasisHint: "Er du usikker, spør kommunen.",
    dateHint: "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2019-08-15.",
    yes: "Ja",
    no: "Nei",
    dontKnow: "Vet ikke",
    continue: "Fortsett",
    back: "Tilbake",
    startAgain: "Start på nytt",
    checkAnswers: "Sjekk svarene dine",
    change: "Endre",
    seeResult: "Se resultatet",
    resultTitle: "Dette har du rett til",
    why: "Hvorfor",
    whatWouldChange: "Hva som måtte vært annerledes",
    interpretations: "Slik har vi tolket kildene",
    sources: "Kilder",
    months: (n) => `Inntil ${n} måneder`,
    extension: (n) => `Forlengelse inntil ${n} måneder`,
    grant: (nok) => `Kommunen får ${nok} i tilskudd per deltaker`,
    nextStep: "Hva gjør du nå?",
    nextStepText: "Ta kontakt med kommunen (flyktningtjenesten eller introduksjonsprogrammet). Har du spørsmål om hvordan reglene skal forstås, kan kommunen spørre Statsforvalteren.",
    print: "Skriv ut oppsummeringen",
    errorTitle: "Rett opp dette",
    notAnswered: "Ikke svart",
    assessedOn: (d) => `Vurdert per ${d}.`,
  },
  nn: {
    title: "Kva har eg rett til?",
    intro: "Svar på nokre spørsmål. Du får berre spørsmål som betyr noko for svaret.",
    privacy: "Svara blir ikkje sende til nokon og blir ikkje lagra. Med JavaScript blir alt rekna ut i nettlesaren din.",
    legalBasisQuestion: "Kva regelverk gjeld for deg?",
    legalBasisHint: "Er du usikker, spør kommunen.",
    dateHint: "Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2019-08-15.",
    yes: "Ja",
    no: "Nei",
    dontKnow: "Veit ikkje",
    continue: "Hald fram",
    back: "Tilbake",
    startAgain: "Start på nytt",
    checkAnswers: "Sjekk svara dine",
    change: "Endre",
    seeResult: "Sjå resultatet",
    resultTitle: "Dette har du rett til",
    why: "Kvifor",
    whatWouldChange: "Kva som måtte ha vore annleis",
    interpretations: "Slik har vi tolka kjeldene",
    sources: "Kjelder",
    months: (n) => `Inntil ${n} månader`,
    extension: (n) => `Forlenging inntil ${n} månader`,
    grant: (nok) => `Kommunen får ${nok} i tilskot per deltakar`,
    nextStep: "Kva gjer du no?",
    nextStepText: "Ta kontakt med kommunen (flyktningtenesta eller introduksjonsprogrammet). Har du spørsmål om korleis reglane skal forståast, kan kommunen spørje Statsforvaltaren.",
    print: "Skriv ut oppsummeringa",
    errorTitle: "Rett opp dette",
    notAnswered: "Ikkje svart",
    assessedOn: (d) => `Vurdert per ${d}.`,
  },
  en: {
    title: "What am I entitled to?",
    intro: "Answer a few questions. You only get the questions that matter for the answer.",
    privacy: "Your answers are not sent anywhere and not stored. With JavaScript, everything is worked out in your browser.",
    legalBasisQuestion: "Which rules apply to you?",
    legalBasisHint: "If you are not sure, ask the municipality.",
    dateHint: "Write the date as YYYY-MM-DD, for example 2019-08-15.",
    yes: "Yes",
    no: "No",
    dontKnow: "I don't know",
    continue: "Continue",
    back: "Back",
    startAgain: "Start again",
    checkAnswers: "Check your answers",
    change: "Change",
    seeResult: "See the result",
    resultTitle: "What you are entitled to",
    why: "Why",
    whatWouldChange: "What would have had to be different",
    interpretations: "How we read the sources",
    sources: "Sources",
    months: (n) => `Up to ${n} months`,
    extension: (n) => `Extension up to ${n} months`,
    grant: (nok) => `The municipality receives ${nok} per participant`,
    nextStep: "What to do next",
    nextStepText: "Contact your municipality (the refugee service or the introduction programme). For questions on how the rules are to be read, the municipality can ask the county governor (Statsforvalteren).",
    print: "Print the summary",
    errorTitle: "Please correct this",
    notAnswered: "Not answered",
    assessedOn: (d) => `Assessed as of ${d}.`,
  },
  uk: {
    title: "На що я маю право?",
    intro: "Дайте відповідь на кілька запитань. Ви отримаєте лише ті запитання, які важливі для відповіді.",
    privacy: "Ваші відповіді нікуди не надсилаються і не зберігаються. З JavaScript усе обчислюється у вашому браузері.",
    legalBasisQuestion: "Які правила застосовуються до вас?",
    legalBasisHint: "Якщо ви не впевнені, запитайте в комуні.",
    dateHint: "Запишіть дату як РРРР-ММ-ДД, наприклад 2019-08-15.",
    yes: "Так",
    no: "Ні",
    dontKnow: "Не знаю",
    continue: "Далі",
    back: "Назад",
    startAgain: "Почати знову",
    checkAnswers: "Перевірте свої відповіді",
    change: "Змінити",
    seeResult: "Переглянути результат",
    resultTitle: "На що ви маєте право",
    why: "Чому",
    whatWouldChange: "Що мало б бути інакше",
    interpretations: "Як ми тлумачимо джерела",
    sources: "Джерела",
    months: (n) => `До ${n} міс.`,
    extension: (n) => `Продовження до ${n} міс.`,
    grant: (nok) => `Комуна отримує ${nok} за учасника`,
    nextStep: "Що робити далі",
    nextStepText: "Зверніться до своєї комуни (служба у справах біженців або вступна програма). З питань тлумачення правил комуна може звернутися до губернатора фюльке (Statsforvalteren).",
    print: "Роздрукувати підсумок",
    errorTitle: "Виправте, будь ласка",
    notAnswered: "Немає відповіді",
    assessedOn: (d) => `Оцінено станом на ${d}.`,
  },
};
