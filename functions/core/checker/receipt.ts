import { makeReceipt } from "../receipt/receipt";
import type { Receipt } from "../receipt/schema";
import { evaluate } from "../rules/engine/evaluate";
import { personFrom, type Answers } from "./answers";

/** The receipt of a checker result: the Worker's page renders it in, the browser fills it in after rendering. */
export async function resultReceipt(answers: Answers, asOf: string): Promise<Receipt | undefined> {
  const { person } = personFrom(answers);
  return person ? makeReceipt({ asOf, person }, evaluate(person, asOf)) : undefined;
}
