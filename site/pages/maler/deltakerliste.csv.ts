// The participant-list template in Norwegian, built at build time from the column definitions.
import { templateCsv } from "../../../functions/core/batch/columns";
export const GET = () => new Response(templateCsv("nb"), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
