// Guard for npm scripts: wrangler, Astro, vitest and miniflare need Node >= 22.12. The `node` devDependency
// puts Node 24 first on PATH inside `npm run …`/`npx …`; if this fails, that package's install script
// didn't run (e.g. `npm install --ignore-scripts`) or the tool was started outside npm.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Rettsjekk needs Node >= 22.12, but this is Node ${process.versions.node} (${process.execPath}).\n` +
      "Run tools through npm (`npm start`, `npm test`, `npx …`) so the node@24 devDependency is used,\n" +
      "and reinstall without --ignore-scripts if it is missing: `rm -rf node_modules && npm install`.",
  );
  process.exit(1);
}
