import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";
import { operatorFrom } from "./operatorConfig";

/** The operator from wrangler.toml's [vars], read when the site is built (`npm run build` runs from the repository root). */
const config = parse(readFileSync(join(process.cwd(), "wrangler.toml"), "utf8")) as { vars?: Record<string, unknown> };
export const OPERATOR = operatorFrom(config.vars ?? {});
