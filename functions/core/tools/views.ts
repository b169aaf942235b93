import { explainCode, search } from "../municipalities";
import { html, type Html } from "../html";
import { getRule, isHistorical, lineAmountNok, REPORT_TEMPLATES, type GrantRule, type Lang } from "../rules";
import { formatters, packFor } from "../i18n";
import { TOOL_STRINGS } from "../i18n/tools";

/** The three grant calculators, from the catalog; GET forms, so they work without JavaScript. */
export interface ToolInput {
  places?: string;
  months?: string;
  q?: string;
}

const int = (v: string | undefined, max: number) => (v && /^\d{1,6}$/.test(v) && Number(v) <= max ? Number(v) : undefined);

export function toolsView(lang: Lang, input: ToolInput, today: string): Html {
  const pack = packFor(lang);
  const t = TOOL_STRINGS[lang];
  const f = formatters(lang);
  const reception = getRule("RECEPTION-2021") as GrantRule;
  const dev = getRule("DEV-2023") as GrantRule;
  const vacc = getRule("VACC-MUNI-2022") as GrantRule;
  const line = REPORT_TEMPLATES.find((x) => x.id === "reception-quarterly")!.lines[0]!;
  const places = int(input.places, 10_000);
  const months = int(input.months, 12);
  const applyBy = dev.deadlines.find((d) => d.what === "apply")?.date;
  const hits = input.q ? search(input.q.slice(0, 60), today) : [];
  const allocation = (code: string) =>
    (vacc.allocations ?? []).find((a) => {
      const e = explainCode(a.recipient, today);
      return a.recipient === code || (e.kind === "current" ? e.municipality.code : e.kind === "split" ? e.to.map((m) => m.code) : e.kind === "unknown" ? [] : e.to.code).includes(code);
    });
  const checklist = (rule: GrantRule) => html`<ul class="ds-list">${rule.conditions.map((c) => html`<li>${pack.grantConditions[c]}</li>`)}</ul>`;
  return html`<h1 class="ds-heading" data-size="lg">${t.title}</h1>
    <p class="ds-paragraph">${t.lead}</p>
    <section class="ds-card stack" aria-labelledby="tool-reception">
      <h2 class="ds-heading" data-size="md" id="tool-reception">${pack.rules[reception.id].title}</h2>
      <form method="get" class="stack">
        <div class="ds-field"><label class="ds-label" for="places">${t.places}</label><input class="ds-input" id="places" name="places" inputmode="numeric" value="${input.places ?? ""}"></div>
        <div class="ds-field"><label class="ds-label" for="months">${t.months}</label><input class="ds-input" id="months" name="months" inputmode="numeric" value="${input.months ?? ""}"></div>
        <button class="ds-button" type="submit">${t.calculate}</button>
      </form>
      ${places !== undefined && months !== undefined
        ? html`<p class="ds-paragraph" data-result>${t.result}: <strong>${f.nok(lineAmountNok(line, { places, months }))}</strong> (${places} × ${months} × ${f.nok(reception.amounts[0]!.nok)})</p>`
        : ""}
      <h3 class="ds-heading" data-size="xs">${t.conditions}</h3>${checklist(reception)}
    </section>
    <section class="ds-card stack" aria-labelledby="tool-dev">
      <h2 class="ds-heading" data-size="md" id="tool-dev">${pack.rules[dev.id].title}</h2>
      ${applyBy ? html`<p class="ds-paragraph">${pack.deadlines.apply}: ${f.date(applyBy)}${isHistorical(dev, today) || today > applyBy ? html` — <strong>${t.deadlinePassed}</strong>` : ""}</p>` : ""}
      <h3 class="ds-heading" data-size="xs">${t.conditions}</h3>${checklist(dev)}
    </section>
    <section class="ds-card stack" aria-labelledby="tool-vacc">
      <h2 class="ds-heading" data-size="md" id="tool-vacc">${pack.rules[vacc.id].title}</h2>
      <form method="get" class="stack">
        <div class="ds-field"><label class="ds-label" for="q">${t.lookup}</label><input class="ds-input" id="q" name="q" value="${input.q ?? ""}"></div>
        <button class="ds-button" type="submit">${t.search}</button>
      </form>
      ${input.q
        ? hits.length === 0
          ? html`<p class="ds-paragraph">${t.noMatch}</p>`
          : html`<ul class="ds-list" data-lookup>${hits.slice(0, 10).map((h) => {
              const a = allocation(h.municipality.code);
              return html`<li>${h.municipality.code} ${h.municipality.name}: ${a ? html`${t.amount} ${f.nok(a.nok)} (2022: ${a.recipient})` : t.notInTable}</li>`;
            })}</ul>`
        : ""}
    </section>`;
}
