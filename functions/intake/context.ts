import type { Context } from "hono";
import { findByCode } from "../core/municipalities";
import { getReportTemplate, type ReportTemplate } from "../core/rules";
import type { AppEnv } from "../http/appEnv";
import { sessionLink } from "./session";
import { db, linkById, roundById } from "./store";

/**
 * What a municipality's session gives access to: exactly one round and one municipality. Every route
 * on the municipality's side reads these from the session, never from the URL or the body, so
 * municipality A can never name B's report.
 */
export interface ReportContext {
  roundId: string;
  code: string;
  municipalityName: string;
  title: string;
  opensAt: string;
  closesAt: string;
  allowLate: boolean;
  /** The round's creation date: municipality numbers and allocations are read as of it. */
  onDate: string;
  template: ReportTemplate;
}

export async function reportContext(c: Context<AppEnv>): Promise<ReportContext | undefined> {
  const linkId = await sessionLink(c, "municipality");
  if (!linkId) return undefined;
  const d = db(c.env.DB);
  const link = await linkById(d, linkId);
  if (!link || link.revokedAt) return undefined;
  const round = await roundById(d, link.roundId);
  const template = round && getReportTemplate(round.template);
  if (!round || !template) return undefined;
  const onDate = round.createdAt.slice(0, 10);
  return {
    roundId: round.id,
    code: link.code,
    municipalityName: findByCode(link.code, onDate)?.name ?? link.code,
    title: round.title,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    allowLate: round.allowLate,
    onDate,
    template,
  };
}
