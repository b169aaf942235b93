import { formatters, packFor } from "../../core/i18n";
import { getRule } from "../../core/rules";
import type { ReportLine } from "../../core/rules";
import { html, type Html } from "../../core/html";
import type { ReportContext } from "../context";
import { osloDateTime } from "../osloTime";
import type { Receipt } from "../submit";
import type { PricedLine } from "../values";

/** Page fragments for the municipality's report, in bokmål, with Designsystemet classes. */
const f = formatters("nb");
const pack = packFor("nb");

const LINE_LABELS: Record<string, string> = {
  "amount-used": "Brukt beløp (kroner)",
  "use-of-funds": "Kort beskrivelse av bruken av midlene",
  income: "Inntekter i prosjektet (kroner)",
  expenses: "Utgifter i prosjektet (kroner)",
  report: "Rapport: hvordan arbeidet har bidratt til målene",
  "places-months": "Plasser og måneder",
};

export function lineLabel(line: ReportLine): string {
  if (line.type === "count" || line.type === "places-months") {
    const title = pack.rules[getRule(line.rule).id].title;
    return line.type === "count" ? `Antall deltakere: ${title}${line.lastChance ? " (siste mulighet)" : ""}` : `${title}: plasser × måneder`;
  }
  return LINE_LABELS[line.id] ?? line.id;
}

export function heading(ctx: ReportContext): Html {
  return html`<p class="ds-paragraph"><span class="ds-tag" data-color="info">${ctx.code} ${ctx.municipalityName}</span></p>
    <h1 class="ds-heading" data-size="lg">${ctx.title}</h1>
    <p class="ds-paragraph">Frist: <strong>${osloDateTime(ctx.closesAt)}</strong> (norsk tid). <a class="ds-link no-print" href="/rapport/frist.ics" download>Legg fristen i kalenderen (.ics)</a></p>`;
}

export const cooperationWarning = html`<div class="ds-alert" data-color="warning">
  <p class="ds-paragraph">Samarbeider kommunen med andre kommuner om introduksjonsprogrammet eller norskopplæringen? Bruk kommunens egen lenke, og rapporter bare for egen kommune.</p>
</div>`;

export const countsOnly = html`<p class="ds-paragraph">Rapporter bare antall og beløp. Ikke skriv navn, fødselsnummer, D-nummer eller DUF-nummer.</p>`;

/** The errors on top of a form, each linking to its field and named by the field's label when given. */
export function errorSummary(errors: Array<{ field: string; message: string }>, labels: Record<string, string> = {}): Html {
  if (errors.length === 0) return html``;
  return html`<div class="ds-error-summary" role="alert" tabindex="-1" id="feil">
    <h2 class="ds-heading" data-size="xs">Rett opp dette før du går videre</h2>
    <ul class="ds-list">${errors.map((e) => html`<li><a class="ds-link" href="#${e.field}">${labels[e.field] ? `${labels[e.field]}: ` : ""}${e.message}</a></li>`)}</ul>
  </div>`;
}

export function rateText(line: PricedLine): string {
  if (line.rateNok === null) return "";
  return line.type === "places-months" ? `${f.nok(line.rateNok)} per plass per måned` : `${f.nok(line.rateNok)} per deltaker`;
}

export function linesTable(lines: PricedLine[], template: { lines: ReportLine[] }, totalNok: number, changeLinks = false): Html {
  return html`<table class="ds-table">
    <thead><tr><th scope="col">Linje</th><th scope="col">Svar</th><th scope="col">Sats</th><th scope="col">Beløp</th>${changeLinks ? html`<th scope="col"><span class="ds-sr-only">Endre</span></th>` : ""}</tr></thead>
    <tbody>
      ${lines.map((l) => {
        const line = template.lines.find((x) => x.id === l.id)!;
        const answer = l.value.text ?? (l.type === "places-months" ? `${l.value.places ?? 0} plasser × ${l.value.months ?? 0} måneder` : l.type === "amount" ? f.nok(l.value.nok ?? 0) : String(l.value.count ?? 0));
        return html`<tr><th scope="row">${lineLabel(line)}</th><td>${answer}</td><td>${rateText(l)}</td><td>${l.rateNok === null ? "" : f.nok(l.amountNok)}</td>${changeLinks ? html`<td><button class="ds-button" data-variant="tertiary" type="submit" name="change" value="${l.id}">Endre<span class="ds-sr-only"> ${lineLabel(line)}</span></button></td>` : ""}</tr>`;
      })}
    </tbody>
    <tfoot><tr><th scope="row" colspan="3">Sum tilskudd</th><td><strong>${f.nok(totalNok)}</strong></td>${changeLinks ? html`<td></td>` : ""}</tr></tfoot>
  </table>`;
}

export function receiptView(ctx: ReportContext, r: Receipt): Html {
  return html`<div class="ds-alert" data-color="success"><h1 class="ds-heading" data-size="md">Rapporten er mottatt</h1>
      <p class="ds-paragraph">Referanse: <strong>${r.reference}</strong></p></div>
    <dl class="facts">
      <dt>Kommune</dt><dd>${ctx.code} ${ctx.municipalityName}</dd>
      <dt>Runde</dt><dd>${ctx.title}</dd>
      <dt>Mottatt</dt><dd>${osloDateTime(r.submittedAt)} (norsk tid)</dd>
      <dt>Versjon</dt><dd>${r.version}${r.late ? " (levert etter fristen)" : ""}</dd>
      ${r.reason ? html`<dt>Grunn til endring</dt><dd>${r.reason}</dd>` : ""}
    </dl>
    ${linesTable(r.lines, ctx.template, r.totalNok)}
    <p class="ds-paragraph no-print">Skriv ut eller lagre denne siden som kvittering. <a class="ds-link" href="/rapport/">Tilbake til rapporten</a></p>`;
}
