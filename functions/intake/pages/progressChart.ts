/**
 * The round's progress as a picture drawn on the server (SVG, no script): a bar per day for the
 * municipalities that reported that day, a line for how many have reported in all (against the right-hand
 * scale, 0–100 % of the round), and the deadline marked. The same numbers follow as text and a table,
 * so nothing is only in the picture.
 */
import { html, type Html } from "../../core/html";
import type { Progress } from "../mail/deliveries";

const W = 640;
const H = 220;
const PAD = { left: 36, right: 44, top: 16, bottom: 36 };
const dayText = (date: string) => date.split("-").reverse().join(".");

export function progressChart(p: Progress): Html {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = Math.max(p.days.length, 1);
  const step = plotW / n;
  const maxPerDay = Math.max(1, ...p.days.map((d) => d.reported));
  const x = (i: number) => PAD.left + i * step;
  const yDay = (v: number) => PAD.top + plotH - (v / maxPerDay) * plotH;
  const yAll = (v: number) => PAD.top + plotH - (p.municipalities === 0 ? 0 : (v / p.municipalities) * plotH);
  const deadlineIndex = p.days.findIndex((d) => d.date === p.deadlineDate);
  const reported = p.days.at(-1)?.total ?? 0;
  const line = p.days.map((d, i) => `${i === 0 ? "M" : "L"}${(x(i) + step / 2).toFixed(1)},${yAll(d.total).toFixed(1)}`).join(" ");
  const labelEvery = Math.ceil(n / 8);
  const summary = `${reported} av ${p.municipalities} kommuner har rapportert. Fristen er ${dayText(p.deadlineDate)}.`;
  return html`<figure class="stack">
    <svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="progress-title progress-desc" class="progress-chart">
      <title id="progress-title">Rapportert per dag</title>
      <desc id="progress-desc">${summary} Søylene viser hvor mange som rapporterte hver dag, linjen hvor mange som har rapportert i alt.</desc>
      <line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${PAD.left + plotW}" y2="${PAD.top + plotH}" stroke="currentColor" />
      <text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end" font-size="11" fill="currentColor">${maxPerDay}</text>
      <text x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end" font-size="11" fill="currentColor">0</text>
      <text x="${PAD.left + plotW + 6}" y="${PAD.top + 4}" font-size="11" fill="currentColor">100 %</text>
      ${p.days.map((d, i) =>
        d.reported > 0 ? html`<rect x="${(x(i) + step * 0.15).toFixed(1)}" y="${yDay(d.reported).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${(PAD.top + plotH - yDay(d.reported)).toFixed(1)}" fill="#1e6bd6"><title>${dayText(d.date)}: ${d.reported}</title></rect>` : "",
      )}
      <path d="${line}" fill="none" stroke="#0b7a3b" stroke-width="2" />
      ${deadlineIndex >= 0
        ? html`<line x1="${(x(deadlineIndex) + step).toFixed(1)}" y1="${PAD.top}" x2="${(x(deadlineIndex) + step).toFixed(1)}" y2="${PAD.top + plotH}" stroke="#b3261e" stroke-dasharray="4 3" />
          <text x="${(x(deadlineIndex) + step - 4).toFixed(1)}" y="${PAD.top + 10}" text-anchor="end" font-size="11" fill="#b3261e">Frist</text>`
        : ""}
      ${p.days.map((d, i) => (i % labelEvery === 0 ? html`<text x="${(x(i) + step / 2).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle" font-size="11" fill="currentColor">${dayText(d.date).slice(0, 5)}</text>` : ""))}
    </svg>
    <figcaption class="ds-paragraph">${summary}</figcaption>
  </figure>
  <details>
    <summary>Tallene per dag</summary>
    <div class="table-wrap"><table class="ds-table" data-size="sm">
      <caption>Rapportert per dag (første versjon), norsk tid</caption>
      <thead><tr><th scope="col">Dag</th><th scope="col">Rapporterte denne dagen</th><th scope="col">Rapportert i alt</th></tr></thead>
      <tbody>${p.days.map((d) => html`<tr><th scope="row">${dayText(d.date)}${d.date === p.deadlineDate ? " (frist)" : ""}</th><td>${d.reported}</td><td>${d.total} av ${p.municipalities}</td></tr>`)}</tbody>
    </table></div>
  </details>`;
}
