/**
 * The three e-mails (link, reminder, receipt) as one list of blocks, rendered twice: plain text and HTML
 * (escaped with the core's `html` tag). Both parts say the same; the HTML carries `lang` for screen
 * readers. Pure: the token and the link are made by the consumer and only passed in here.
 */
import { html, type Html } from "../../core/html";
import { formatters, packFor } from "../../core/i18n";
import { getRule, type ReportTemplate } from "../../core/rules";
import { INTAKE_STRINGS } from "../../core/i18n/intake";
import { CALENDAR_TYPE } from "../../formats/calendar";
import { deadlineIcs } from "../deadlineCalendar";
import { osloDateText, osloTimeOfDay } from "../osloTime";
import type { PricedLine } from "../values";
import { MAIL_WORDS } from "./words";

export type MailLanguage = keyof typeof MAIL_WORDS;

type Block =
  | { kind: "p"; text: string }
  | { kind: "link"; label: string; url: string }
  | { kind: "facts"; rows: Array<[string, string]> }
  | { kind: "table"; head: string[]; rows: string[][]; foot?: string[] };

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
  /** The link and reminder e-mails carry the round's deadline as a calendar file. */
  attachments?: Array<{ filename: string; type: string; content: string; disposition: "attachment" }>;
}

interface Round {
  id: string;
  title: string;
  closesAt: string;
}

/** The round's deadline as the municipality's calendar file (the same event as the report page's /rapport/frist.ics). */
function deadlineAttachment(lang: MailLanguage, m: { code: string; name: string; round: Round }): NonNullable<ComposedMail["attachments"]> {
  const content = deadlineIcs({ roundId: m.round.id, code: m.code, municipalityName: m.name, title: m.round.title, closesAt: m.round.closesAt }, lang);
  return [{ filename: INTAKE_STRINGS[lang].calendar.fileName, type: CALENDAR_TYPE, content, disposition: "attachment" }];
}

const deadlineText = (lang: MailLanguage, iso: string) => MAIL_WORDS[lang].atTime(osloDateText(iso), osloTimeOfDay(iso));

/** The first e-mail of a round: the municipality's own link. */
export function linkMail(lang: MailLanguage, m: { code: string; name: string; round: Round; url: string; linkExpiresAt: string; replyTo: string }): ComposedMail {
  const w = MAIL_WORDS[lang];
  const deadline = deadlineText(lang, m.round.closesAt);
  return render(lang, w.linkSubject(m.round.title, osloDateText(m.round.closesAt)), [
    { kind: "p", text: w.to(m.code, m.name) },
    { kind: "p", text: w.linkIntro(m.round.title, deadline) },
    { kind: "link", label: w.open, url: m.url },
    { kind: "p", text: w.ownLink },
    { kind: "p", text: w.countsOnly },
    { kind: "p", text: w.linkWorksUntil(osloDateText(m.linkExpiresAt)) },
    { kind: "p", text: INTAKE_STRINGS[lang].calendar.attached },
    { kind: "p", text: w.questions(m.replyTo) },
  ], deadlineAttachment(lang, m));
}

/** A reminder to a municipality that has not reported, with a fresh link of its own. */
export function reminderMail(lang: MailLanguage, m: { code: string; name: string; round: Round; url: string; linkExpiresAt: string; replyTo: string; now: Date }): ComposedMail {
  const w = MAIL_WORDS[lang];
  const deadline = deadlineText(lang, m.round.closesAt);
  const late = m.now.toISOString() > m.round.closesAt;
  return render(lang, w.reminderSubject(m.round.title, osloDateText(m.round.closesAt)), [
    { kind: "p", text: w.to(m.code, m.name) },
    { kind: "p", text: late ? w.reminderLate(m.round.title, deadline) : w.reminderIntro(m.round.title, deadline) },
    { kind: "link", label: w.open, url: m.url },
    { kind: "p", text: w.reminderIgnore },
    { kind: "p", text: w.ownLink },
    { kind: "p", text: w.countsOnly },
    { kind: "p", text: w.linkWorksUntil(osloDateText(m.linkExpiresAt)) },
    { kind: "p", text: INTAKE_STRINGS[lang].calendar.attached },
    { kind: "p", text: w.questions(m.replyTo) },
  ], deadlineAttachment(lang, m));
}

/** The copy of a submitted version: reference, version, every line, kroner, the time in Norwegian time. */
export function receiptMail(
  lang: MailLanguage,
  m: {
    code: string;
    name: string;
    round: Round;
    template: ReportTemplate;
    receipt: { reference: string; version: number; submittedAt: string; late: boolean; reason: string | null; lines: PricedLine[] };
    total: { label: "total" | "allocated"; nok: number } | null;
    replyTo: string;
  },
): ComposedMail {
  const w = MAIL_WORDS[lang];
  const f = formatters(lang);
  const titles = packFor(lang).rules;
  const r = m.receipt;
  const rows = r.lines.map((l) => {
    const line = m.template.lines.find((x) => x.id === l.id)!;
    const ruleTitle = line.type === "count" || line.type === "places-months" ? titles[getRule(line.rule).id].title : "";
    const answer =
      l.type === "text" ? (l.value.text ?? "") : l.type === "places-months" ? w.placesMonths(l.value.places ?? 0, l.value.months ?? 0) : l.type === "amount" ? f.nok(l.value.nok ?? 0) : String(l.value.count ?? 0);
    // An amount line's answer is already in kroner; lines paid at a rate show what they trigger.
    const amount = l.rateNok === null ? "" : f.nok(l.amountNok);
    return [w.lineLabel(line, ruleTitle), answer, amount];
  });
  return render(lang, w.receiptSubject(m.round.title, r.reference), [
    { kind: "p", text: w.receiptIntro(m.code, m.name) },
    {
      kind: "facts",
      rows: [
        [w.receiptFacts.reference, r.reference],
        [w.receiptFacts.round, m.round.title],
        [w.receiptFacts.version, r.late ? `${r.version} (${w.receiptFacts.late})` : String(r.version)],
        [w.receiptFacts.received, `${deadlineText(lang, r.submittedAt)} (norsk tid)`],
        ...(r.reason ? [[w.receiptFacts.reason, r.reason] as [string, string]] : []),
      ],
    },
    {
      kind: "table",
      head: [w.receiptTable.line, w.receiptTable.answer, w.receiptTable.amount],
      rows,
      ...(m.total ? { foot: [m.total.label === "total" ? w.receiptTable.total : w.receiptTable.allocated, "", f.nok(m.total.nok)] } : {}),
    },
    { kind: "p", text: w.receiptKeep },
    { kind: "p", text: w.questions(m.replyTo) },
  ]);
}

function render(lang: MailLanguage, subject: string, blocks: Block[], attachments?: ComposedMail["attachments"]): ComposedMail {
  return { subject, text: blocks.map(toText).join("\n\n") + "\n", html: toHtml(lang, subject, blocks), ...(attachments ? { attachments } : {}) };
}

function toText(b: Block): string {
  switch (b.kind) {
    case "p":
      return b.text;
    case "link":
      return `${b.label}:\n${b.url}`;
    case "facts":
      return b.rows.map(([k, v]) => `${k}: ${v}`).join("\n");
    case "table":
      return [...b.rows, ...(b.foot ? [b.foot] : [])].map(([label, answer, amount]) => [label, [answer, amount && answer ? `(${amount})` : amount].filter(Boolean).join(" ")].join(": ")).join("\n");
  }
}

function toHtml(lang: MailLanguage, subject: string, blocks: Block[]): string {
  const body = blocks.map((b): Html => {
    switch (b.kind) {
      case "p":
        return html`<p>${b.text}</p>`;
      case "link":
        return html`<p><a href="${b.url}" style="font-weight:bold">${b.label}</a></p>`;
      case "facts":
        return html`<table role="presentation">${b.rows.map(([k, v]) => html`<tr><th scope="row" style="text-align:left;padding-right:1em">${k}</th><td>${v}</td></tr>`)}</table>`;
      case "table":
        return html`<table style="border-collapse:collapse" cellpadding="4">
<thead><tr>${b.head.map((h) => html`<th scope="col" style="text-align:left;border-bottom:1px solid #666">${h}</th>`)}</tr></thead>
<tbody>${b.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row" style="text-align:left;font-weight:normal">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}</tbody>
${b.foot ? html`<tfoot><tr>${b.foot.map((cell, i) => (i === 0 ? html`<th scope="row" style="text-align:left">${cell}</th>` : html`<td><strong>${cell}</strong></td>`))}</tr></tfoot>` : ""}
</table>`;
    }
  });
  return `<!doctype html>\n${html`<html lang="${lang}"><head><meta charset="utf-8"><title>${subject}</title></head><body style="font-family:sans-serif;line-height:1.5;max-width:40em">
${body}
</body></html>`}\n`;
}
