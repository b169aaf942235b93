/**
 * A round's status for IMDi staff (/admin/runder/:id), without JavaScript: per municipality its status,
 * total, and per line what was reported (counts, places, months) and what it gives in kroner, each in its
 * own column; sortable by municipality, status or sum, filtered to those who have not reported, with that
 * list as a CSV; each row's link reissued or revoked from the row (links.ts asks first).
 */
import { Hono, type Context } from "hono";
import { toCsv } from "../../core/csv";
import { html, type Html } from "../../core/html";
import { formatters, packFor } from "../../core/i18n";
import { INTAKE_STRINGS } from "../../core/i18n/intake";
import { admin as w } from "../../core/i18n/nb/admin";
import { explainCode, findByCode } from "../../core/municipalities";
import type { ReportLine } from "../../core/rules";
import type { AppEnv } from "../../http/appEnv";
import { audit } from "../admin/audit";
import { roundStatus, type ReportStatus, type RoundStatus } from "../admin/status";
import { osloDateTime } from "../osloTime";
import { allContacts, db, liveLinkCodes } from "../store";
import { asAdmin, page } from "./adminShell";

const f = formatters("nb");
const kr = (nok: number | null) => (nok === null ? "–" : f.nok(nok));

export const roundPages = new Hono<AppEnv>();

type Row = RoundStatus["rows"][number];
const SORTS = ["kommune", "status", "sum"] as const;
type Sort = (typeof SORTS)[number];
const STATUS_ORDER: Record<ReportStatus, number> = { "not-yet": 0, late: 1, corrected: 2, reported: 3 };
const COMPARE: Record<Sort, (a: Row, b: Row) => number> = {
  kommune: (a, b) => a.code.localeCompare(b.code),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.code.localeCompare(b.code),
  sum: (a, b) => (a.totalNok ?? -1) - (b.totalNok ?? -1) || a.code.localeCompare(b.code),
};

interface View {
  sort: Sort;
  descending: boolean;
  notYet: boolean;
}

function viewOf(c: Context<AppEnv>): View {
  const sort = c.req.query("sorter");
  return { sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as Sort) : "kommune", descending: c.req.query("retning") === "synkende", notYet: c.req.query("vis") === "ikke-rapportert" };
}

const query = (v: View) => {
  const q = new URLSearchParams();
  if (v.sort !== "kommune") q.set("sorter", v.sort);
  if (v.descending) q.set("retning", "synkende");
  if (v.notYet) q.set("vis", "ikke-rapportert");
  const s = q.toString();
  return s ? `?${s}` : "";
};

/** A line's column group: the rule's title for a rule's line, else the line's own name. */
const lineTitle = (line: ReportLine) => ("rule" in line ? packFor("nb").rules[line.rule].title : INTAKE_STRINGS.nb.form.lines[line.id]);

/** The columns a line fills: what was reported, then kroner. */
function lineColumns(line: ReportLine): Array<{ label: string; cell: (r: Row) => string }> {
  const kroner = { label: w.round.kroner, cell: (r: Row) => f.nok(r.lines[line.id] ?? 0) };
  switch (line.type) {
    case "count":
      return [{ label: w.round.count, cell: (r) => String(r.values[line.id]?.count ?? 0) }, kroner];
    case "places-months":
      return [
        { label: w.round.places, cell: (r) => String(r.values[line.id]?.places ?? 0) },
        { label: w.round.months, cell: (r) => String(r.values[line.id]?.months ?? 0) },
        kroner,
      ];
    case "amount":
      return [kroner];
    case "text":
      return [];
  }
}

/** A sortable column's header: a link that sorts by it (or turns the order round), and aria-sort on the sorted one. */
function sortHeader(label: string, sort: Sort, view: View, rowspan: number): Html {
  const active = view.sort === sort;
  const next = { ...view, sort, descending: active ? !view.descending : false };
  return html`<th scope="col" rowspan="${rowspan}" ${active ? html`aria-sort="${view.descending ? "descending" : "ascending"}"` : ""}><a class="ds-link" href="?${query(next).slice(1)}">${label}<span class="ds-sr-only"> – ${w.round.sortBy(label.toLowerCase())}</span>${active ? (view.descending ? " ↓" : " ↑") : ""}</a></th>`;
}

roundPages.get("/runder/:id", (c) => asAdmin(c, async (who) => {
  const s = await roundStatus(c.env.DB, c.req.param("id").slice(0, 40));
  if (!s) return c.notFound();
  await audit(c.env.DB, { actor: who, action: "round.status.viewed", roundId: s.round.id });
  const live = await liveLinkCodes(db(c.env.DB), s.round.id);
  const view = viewOf(c);
  const rows = s.rows.filter((r) => !view.notYet || r.status === "not-yet").sort((a, b) => (view.descending ? -1 : 1) * COMPARE[view.sort](a, b));
  const lines = s.template.lines.filter((l) => l.type !== "text");
  const columns = lines.map((l) => ({ line: l, columns: lineColumns(l) }));
  const base = `/admin/runder/${s.round.id}`;
  const revoked = c.req.query("trukket");
  const revokedName = revoked && findByCode(revoked, s.round.opensAt.slice(0, 10))?.name;
  const mapped = (c.req.query("omgjort") ?? "").split(",").filter((x) => /^\d{4}$/.test(x)).map((code) => explainCode(code, new Date().toISOString().slice(0, 10)));
  const rowHtml = (r: Row) => html`<tr>
    <th scope="row">${r.code} ${r.name}</th>
    <td>${w.statuses[r.status]}${r.version > 1 ? ` (v${r.version})` : ""}</td>
    <td class="num">${kr(r.totalNok)}</td>
    ${columns.map((g) => g.columns.map((col) => html`<td class="num">${col.cell(r)}</td>`))}
    <td>${live.has(r.code) ? w.round.linkLive : w.round.linkNone}</td>
    <td class="row-actions"><a class="ds-link" href="${base}/kommuner/${r.code}/ny-lenke">${w.round.reissue}<span class="ds-sr-only"> – ${r.code} ${r.name}</span></a>${
      live.has(r.code) ? html` <a class="ds-link" href="${base}/kommuner/${r.code}/trekk-tilbake">${w.round.revoke}<span class="ds-sr-only"> – ${r.code} ${r.name}</span></a>` : ""
    }</td>
  </tr>`;
  return page(
    c,
    html`<h1 class="ds-heading" data-size="lg">${s.round.title}</h1>
      <p class="ds-paragraph">${w.round.summary(osloDateTime(s.round.closesAt), s.counts.reported, s.counts.notYet, kr(s.totalNok))}</p>
      ${revoked ? html`<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">${w.round.revoked(revoked, revokedName ?? "")}</p></div>` : ""}
      ${mapped.length > 0
        ? html`<div class="ds-alert" data-color="info"><h2 class="ds-heading" data-size="xs">${w.newRound.mappedHeading}</h2><ul class="ds-list">${mapped.map((e) =>
            e.kind === "renumbered" || e.kind === "merged" ? html`<li>${w.newRound.mapped(e.from, e.to, f.date(e.changedOn))}</li>` : "",
          )}</ul></div>`
        : ""}
      <h2 class="ds-heading" data-size="sm">${w.round.exports}</h2>
      <ul class="ds-list">
        <li><a class="ds-link" href="/api/v1/admin/rounds/${s.round.id}/export.csv">${w.round.exportCsv}</a></li>
        <li><a class="ds-link" href="/api/v1/admin/rounds/${s.round.id}/export.json">${w.round.exportJson}</a></li>
        <li><a class="ds-link" href="${base}/ikke-rapportert.csv">${w.round.notReportedCsv}</a></li>
        <li><a class="ds-link" href="${base}/utsendelser">${w.round.deliveries}</a></li>
      </ul>
      <h2 class="ds-heading" data-size="sm">${w.round.links}</h2>
      <p class="ds-paragraph"><a class="ds-link" href="${base}/lenker/ny">${w.round.newLinks}</a></p>
      <form method="get" action="${base}" class="filter-row">
        ${view.sort !== "kommune" ? html`<input type="hidden" name="sorter" value="${view.sort}">` : ""}
        ${view.descending ? html`<input type="hidden" name="retning" value="synkende">` : ""}
        <div class="ds-field"><label class="ds-label" for="vis">${w.round.filter}</label>
          <select class="ds-input" id="vis" name="vis"><option value="">${w.round.filterAll}</option><option value="ikke-rapportert" ${view.notYet ? "selected" : ""}>${w.round.filterNotYet}</option></select></div>
        <button class="ds-button" data-variant="secondary" type="submit">${w.round.filter}</button>
      </form>
      <p class="ds-paragraph" role="status">${w.round.showing(rows.length, s.rows.length)}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label="${s.round.title}"><table class="ds-table status-table" data-size="sm">
        <thead>
          <tr>${sortHeader(w.round.municipality, "kommune", view, 2)}${sortHeader(w.round.status, "status", view, 2)}${sortHeader(w.round.sum, "sum", view, 2)}
            ${columns.map((g) => html`<th scope="colgroup" colspan="${g.columns.length}">${lineTitle(g.line)}</th>`)}
            <th scope="col" rowspan="2">${w.round.link}</th><th scope="col" rowspan="2"><span class="ds-sr-only">${w.round.reissue} / ${w.round.revoke}</span></th></tr>
          <tr>${columns.map((g) => g.columns.map((col) => html`<th scope="col">${col.label}</th>`))}</tr>
        </thead>
        <tbody>${rows.length > 0 ? rows.map(rowHtml) : html`<tr><td colspan="${5 + columns.reduce((n, g) => n + g.columns.length, 0)}">${w.round.noRows}</td></tr>`}</tbody>
        <tfoot><tr><th scope="row" colspan="2">${w.round.total}</th><td class="num">${kr(s.totalNok)}</td>${columns.map((g) =>
          g.columns.map((col) => html`<td class="num">${col.label === w.round.kroner ? f.nok(s.totals[g.line.id] ?? 0) : ""}</td>`),
        )}<td colspan="2"></td></tr></tfoot>
      </table></div>
      <p class="ds-paragraph"><a class="ds-link" href="/admin/">${w.round.back}</a></p>`,
  );
}));

/** Who has not reported yet, with the contact register's address, for a reminder by hand. */
roundPages.get("/runder/:id/ikke-rapportert.csv", (c) => asAdmin(c, async (who) => {
  const s = await roundStatus(c.env.DB, c.req.param("id").slice(0, 40));
  if (!s) return c.notFound();
  await audit(c.env.DB, { actor: who, action: "round.exported", roundId: s.round.id, detail: { format: "csv", rows: "not-reported" } });
  const d = db(c.env.DB);
  const [contacts, live] = await Promise.all([allContacts(d), liveLinkCodes(d, s.round.id)]);
  const email = new Map(contacts.map((x) => [x.code, x.email]));
  const e = w.export;
  const csv = toCsv(
    [e.code, e.name, e.email, w.round.link.toLowerCase()],
    s.rows.filter((r) => r.status === "not-yet").map((r) => [r.code, r.name, email.get(r.code) ?? "", live.has(r.code) ? w.round.linkLive.toLowerCase() : w.round.linkNone.toLowerCase()]),
  );
  return c.body(csv, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="rettsjekk-ikke-rapportert-${s.round.id}.csv"` });
}));
