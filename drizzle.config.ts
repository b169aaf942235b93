// drizzle-kit writes SQL migrations from db/schema.ts; wrangler applies them to D1
// (`npm run db:migrate:local`). Never `drizzle-kit push`/`migrate` against D1.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
