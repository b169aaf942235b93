// Demo data for `npm start` (run as `npm run db:seed:local`). Placeholder until the schema exists:
// the real seed will write demo rows into the local D1 database.
console.log("db/seed/demo.mjs: no demo data yet");
