/**
 * The words of the reporting e-mails, in bokmål and nynorsk: each municipality gets the written standard
 * its contact says (the register's `målform`, bokmål by default). Plain language, short sentences; every
 * date and time is given as text in Norwegian time. No figure is typed here: amounts, dates and the
 * rule titles come from the data; amount and text lines are named as the report pages name them.
 */
import { INTAKE_STRINGS } from "../../core/i18n/intake";
import type { ReportLine } from "../../core/rules";

export interface MailWords {
  to: (code: string, name: string) => string;
  linkSubject: (title: string, deadline: string) => string;
  linkIntro: (title: string, deadline: string) => string;
  reminderSubject: (title: string, deadline: string) => string;
  reminderIntro: (title: string, deadline: string) => string;
  reminderLate: (title: string, deadline: string) => string;
  reminderIgnore: string;
  open: string;
  ownLink: string;
  countsOnly: string;
  linkWorksUntil: (date: string) => string;
  questions: (address: string) => string;
  receiptSubject: (title: string, reference: string) => string;
  receiptIntro: (code: string, name: string) => string;
  receiptFacts: { reference: string; round: string; version: string; late: string; received: string; reason: string };
  receiptTable: { line: string; answer: string; amount: string; total: string; allocated: string };
  receiptKeep: string;
  atTime: (date: string, time: string) => string;
  lineLabel: (line: ReportLine, ruleTitle: string) => string;
  placesMonths: (places: number, months: number) => string;
}

const nb: MailWords = {
  to: (code, name) => `Til ${name} kommune (kommunenummer ${code})`,
  linkSubject: (title, deadline) => `Rapportering til IMDi: ${title} – frist ${deadline}`,
  linkIntro: (title, deadline) => `IMDi ber kommunen rapportere til «${title}». Fristen er ${deadline} (norsk tid).`,
  reminderSubject: (title, deadline) => `Påminnelse: ${title} – frist ${deadline}`,
  reminderIntro: (title, deadline) => `IMDi har ennå ikke fått rapporten fra kommunen til «${title}». Fristen er ${deadline} (norsk tid).`,
  reminderLate: (title, deadline) => `IMDi har ikke fått rapporten fra kommunen til «${title}». Fristen var ${deadline} (norsk tid), men IMDi tar fortsatt imot rapporten.`,
  reminderIgnore: "Har dere sendt rapporten i mellomtiden, kan dere se bort fra denne e-posten.",
  open: "Åpne kommunens rapport",
  ownLink: "Lenken er kommunens egen. Ikke del den med andre: samarbeider kommunen med andre kommuner, skal hver kommune rapportere med sin egen lenke.",
  countsOnly: "Rapporter bare antall og beløp. Ikke skriv navn, fødselsnummer, D-nummer eller DUF-nummer.",
  linkWorksUntil: (date) => `Lenken virker til ${date}. Når dere har sendt rapporten, får dere en kvittering på e-post.`,
  questions: (address) => `Har dere spørsmål, svar på denne e-posten eller skriv til ${address}.`,
  receiptSubject: (title, reference) => `Kvittering: ${title} – ${reference}`,
  receiptIntro: (code, name) => `IMDi har mottatt rapporten fra ${name} kommune (kommunenummer ${code}).`,
  receiptFacts: { reference: "Referanse", round: "Runde", version: "Versjon", late: "levert etter fristen", received: "Mottatt", reason: "Grunn til endring" },
  receiptTable: { line: "Linje", answer: "Svar", amount: "Beløp", total: "Sum tilskudd", allocated: "Tildelt tilskudd" },
  receiptKeep: "Ta vare på denne e-posten som kvittering for hva kommunen har rapportert.",
  atTime: (date, time) => `${date} kl. ${time}`,
  lineLabel: (line, ruleTitle) =>
    line.type === "count" ? `${ruleTitle}, antall deltakere` : line.type === "places-months" ? `${ruleTitle}, plasser × måneder` : INTAKE_STRINGS.nb.form.lines[line.id],
  placesMonths: (places, months) => `${places} plasser × ${months} måneder`,
};

const nn: MailWords = {
  to: (code, name) => `Til ${name} kommune (kommunenummer ${code})`,
  linkSubject: (title, deadline) => `Rapportering til IMDi: ${title} – frist ${deadline}`,
  linkIntro: (title, deadline) => `IMDi ber kommunen rapportere til «${title}». Fristen er ${deadline} (norsk tid).`,
  reminderSubject: (title, deadline) => `Påminning: ${title} – frist ${deadline}`,
  reminderIntro: (title, deadline) => `IMDi har enno ikkje fått rapporten frå kommunen til «${title}». Fristen er ${deadline} (norsk tid).`,
  reminderLate: (title, deadline) => `IMDi har ikkje fått rapporten frå kommunen til «${title}». Fristen var ${deadline} (norsk tid), men IMDi tek framleis imot rapporten.`,
  reminderIgnore: "Har de sendt rapporten i mellomtida, kan de sjå bort frå denne e-posten.",
  open: "Opne rapporten til kommunen",
  ownLink: "Lenkja er berre for kommunen. Ikkje del ho med andre: samarbeider kommunen med andre kommunar, skal kvar kommune rapportere med si eiga lenkje.",
  countsOnly: "Rapporter berre tal og beløp. Ikkje skriv namn, fødselsnummer, D-nummer eller DUF-nummer.",
  linkWorksUntil: (date) => `Lenkja verkar til ${date}. Når de har sendt rapporten, får de ei kvittering på e-post.`,
  questions: (address) => `Har de spørsmål, svar på denne e-posten eller skriv til ${address}.`,
  receiptSubject: (title, reference) => `Kvittering: ${title} – ${reference}`,
  receiptIntro: (code, name) => `IMDi har fått rapporten frå ${name} kommune (kommunenummer ${code}).`,
  receiptFacts: { reference: "Referanse", round: "Runde", version: "Versjon", late: "levert etter fristen", received: "Motteke", reason: "Grunn til endring" },
  receiptTable: { line: "Linje", answer: "Svar", amount: "Beløp", total: "Sum tilskot", allocated: "Tildelt tilskot" },
  receiptKeep: "Ta vare på denne e-posten som kvittering for kva kommunen har rapportert.",
  atTime: (date, time) => `${date} kl. ${time}`,
  lineLabel: (line, ruleTitle) =>
    line.type === "count" ? `${ruleTitle}, tal på deltakarar` : line.type === "places-months" ? `${ruleTitle}, plassar × månader` : INTAKE_STRINGS.nn.form.lines[line.id],
  placesMonths: (places, months) => `${places} plassar × ${months} månader`,
};

export const MAIL_WORDS = { nb, nn } as const satisfies Record<"nb" | "nn", MailWords>;
