import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RULES_VERSION } from "../../../functions/core/rules";
import { GOLDEN_SEED, goldenCases } from "./cases";
import { answerText, digest, type GoldenHeader, type GoldenLine } from "./fixture";

/**
 * Writes the golden determinations (test/rules/golden/determinations.jsonl) from the engine as it is now:
 *
 *   npx tsx test/rules/golden/generate.ts                 # regenerate the committed fixture
 *   npx tsx test/rules/golden/generate.ts --dump out.jsonl  # also every case's full answer, to diff two engines
 *
 * Regenerate only when a change in determinations is meant (a rule or catalog change), and say in the
 * commit what changed; an optimisation must leave the file as it is.
 */
const target = fileURLToPath(new URL("./determinations.jsonl", import.meta.url));
const dumpAt = process.argv.indexOf("--dump");
const dumpTo = dumpAt >= 0 ? process.argv[dumpAt + 1] : undefined;

const cases = goldenCases();
const header: GoldenHeader = { rulesVersion: RULES_VERSION, seed: GOLDEN_SEED, cases: cases.length };
const out = [JSON.stringify(header)];
const dump: string[] = [];
for (const { asOf, person } of cases) {
  const text = answerText(person, asOf);
  const line: GoldenLine = { asOf, person, digest: await digest(text) };
  out.push(JSON.stringify(line));
  if (dumpTo) dump.push(`{"asOf":${JSON.stringify(asOf)},"person":${JSON.stringify(person)},"determinations":${text}}`);
}
writeFileSync(target, `${out.join("\n")}\n`);
if (dumpTo) writeFileSync(dumpTo, `${dump.join("\n")}\n`);
console.log(`${cases.length} cases, rules ${RULES_VERSION} → ${target}${dumpTo ? ` (full answers in ${dumpTo})` : ""}`);
