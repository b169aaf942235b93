import { describe, expect, it } from "vitest";
import { DEMO_OPERATOR, operatorFrom } from "../../site/lib/operatorConfig";

describe("the operator named in the statements comes from wrangler.toml [vars]", () => {
  it("takes the configured name and address", () => {
    expect(operatorFrom({ OPERATOR_NAME: " Etat X ", OPERATOR_EMAIL: "post@x.example", ENVIRONMENT: "production" })).toEqual({ name: "Etat X", email: "post@x.example", demo: false });
  });

  it("stands in a demo default, marked as demo, when they are empty locally", () => {
    for (const vars of [{}, { OPERATOR_NAME: "", OPERATOR_EMAIL: "" }, { OPERATOR_NAME: "Etat X" }, { ENVIRONMENT: "development" }]) {
      expect(operatorFrom(vars)).toEqual({ ...DEMO_OPERATOR, demo: true });
    }
    // A reserved domain (RFC 2606): the demo never reaches a real mailbox, and never claims to be IMDi.
    expect(DEMO_OPERATOR.email).toMatch(/\.invalid$/);
    expect(DEMO_OPERATOR.name).not.toMatch(/IMDi/);
  });

  it("refuses a production build without them", () => {
    expect(() => operatorFrom({ ENVIRONMENT: "production", OPERATOR_NAME: "Etat X" })).toThrow(/OPERATOR_NAME and OPERATOR_EMAIL/);
  });
});
