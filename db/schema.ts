/**
 * The D1 schema as drizzle tables. Empty until the first table lands: add tables here, then run
 * `npm run db:generate -- --name <slug>` to write the SQL migration into db/migrations/.
 */
export {};
