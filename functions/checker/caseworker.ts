/**
 * The caseworker's files from a checker result without JavaScript (issue #14): POST /sjekk/vedtak/ is the
 * printable decision draft (placeholders for personal details: with JavaScript the browser fills them
 * in and nothing is sent), POST /sjekk/frister.ics the person's deadlines as a calendar file. The answers
 * come in hidden fields, as on every checker page; nothing is stored or logged.
 */
import { Hono } from "hono";
import type { AppEnv } from "../http/appEnv";
import { renderInShell } from "../pages/shell";
import { html } from "../core/html";
import { evaluate, RULES_VERSION, todayInOslo, type Lang } from "../core/rules";
import { OUTPUT_STRINGS } from "../core/i18n/outputs";
import { DRAFT_LANGUAGES } from "../core/i18n/draftLanguages";
import { answersFromForm } from "../core/checker/step";
import { personFrom } from "../core/checker/answers";
import { hiddenAnswers } from "../core/checker/hidden";
import { checkerPath } from "../core/checker/step";
import { draftFor } from "../core/drafts/build";
import { draftHtml } from "../core/drafts/html";
import { makeReceipt } from "../core/receipt/receipt";
import { deadlineEvents } from "../core/calendar/events";
import { CALENDAR_TYPE, toIcs } from "../formats/calendar";

export function caseworkerFiles(lang: Lang) {
  const app = new Hono<AppEnv>();
  const o = OUTPUT_STRINGS[lang];
  // The draft's own shell: the checker's would start the checker script over it.
  const shell = `${checkerPath(lang)}vedtak/`;

  app.post("/vedtak", async (c) => {
    const form = await c.req.parseBody();
    const answers = answersFromForm(form);
    const { person } = personFrom(answers);
    const asOf = todayInOslo();
    const determinations = person ? evaluate(person, asOf) : [];
    const determination = determinations.find((d) => d.rule === form.rule);
    const draftLang = DRAFT_LANGUAGES.find((l) => l === form.draftLang) ?? "nb";
    const receipt = person && (await makeReceipt({ asOf, person }, determinations));
    const draft = person && determination && draftFor({ determination, person, asOf, lang: draftLang, receipt: receipt || undefined });
    const back = html`<form method="post" action="${checkerPath(lang)}" class="no-print">${hiddenAnswers(answers)}<button class="ds-button" data-variant="tertiary" type="submit" name="action" value="result">${o.backToResult}</button></form>`;
    if (!draft) {
      return renderInShell(c, shell, { title: `${o.draftSubmit} – Rettsjekk`, status: 400, main: html`<h1 class="ds-heading" data-size="lg">${o.draftSubmit}</h1><p class="ds-paragraph">${o.noDraft}</p>${back}` });
    }
    return renderInShell(c, shell, {
      title: `${draft.title} – Rettsjekk`,
      main: html`<div class="stack no-print"><p class="ds-paragraph" data-size="sm">${o.printHint}</p>${back}</div>${draftHtml(draft)}`,
    });
  });

  app.post("/frister.ics", async (c) => {
    const form = await c.req.parseBody();
    const { person } = personFrom(answersFromForm(form));
    const determinations = person ? evaluate(person, todayInOslo()) : [];
    const events = deadlineEvents([{ determinations, reference: typeof form.reference === "string" ? form.reference : undefined }], lang, RULES_VERSION);
    return c.body(toIcs(events, o.calendarName), 200, { "Content-Type": CALENDAR_TYPE, "Content-Disposition": 'attachment; filename="rettsjekk-frister.ics"', "Cache-Control": "no-store" });
  });
  return app;
}
