/**
 * Validates the generated OpenAPI document against the official OpenAPI 3.1 JSON Schema
 * (@seriousme/openapi-schema-validator). Runs in Node because the validator compiles schemas with
 * `new Function`, which workerd forbids. `npm run check:openapi`; part of `npm test`.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import worker from "../../functions/index";

const res = await worker.fetch(new Request("http://localhost/api/v1/openapi.json"), {} as Env, {} as ExecutionContext);
const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
const validator = new Validator();
const result = await validator.validate(doc);
if (!result.valid) {
  console.error("OpenAPI document is invalid:", JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
console.log(`OpenAPI ${doc.openapi} document valid: ${Object.keys(doc.paths).length} paths`);
