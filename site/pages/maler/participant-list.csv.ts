// The participant-list template in English, built at build time from the column definitions.
import { templateCsv } from "../../../functions/core/batch/columns";
export const GET = () => new Response(templateCsv("en"), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
