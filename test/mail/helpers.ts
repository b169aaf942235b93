import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../functions/index";
import type { MailMessage } from "../../functions/intake/mail/dispatch";
import { ADMIN, callWith } from "../intake/helpers";

/** A queue producer that keeps what it is given, so a test decides when the consumer runs. */
export function captureQueue() {
  const sent: MailMessage[] = [];
  const queue = {
    send: async (body: MailMessage) => void sent.push(body),
    sendBatch: async (messages: Array<{ body: MailMessage }>) => void sent.push(...messages.map((m) => m.body)),
  } as unknown as Queue;
  return { sent, queue };
}

export interface SentMail {
  from: { name: string; email: string };
  to: string;
  replyTo: string;
  subject: string;
  text: string;
  html: string;
}

/** An e-mail binding that keeps what it is asked to send; `failing(n)` makes the n-th call (1-based) throw. */
export function captureMail(failing: (call: number) => boolean = () => false) {
  const mails: SentMail[] = [];
  let calls = 0;
  const binding = {
    send: async (message: SentMail) => {
      calls++;
      if (failing(calls)) throw new Error(`email to ${message.to} was not accepted: service unavailable`);
      mails.push(message);
      return { messageId: `<${calls}@test>` };
    },
  } as unknown as SendEmail;
  return { mails, binding, calls: () => calls };
}

/** Runs the Worker's own queue handler on a batch, with the e-mail binding replaced, and returns the ack/retry result. */
export async function consume(messages: MailMessage[], bindings: Partial<Env>, { attempts = 1, queue = "rettsjekk-mail" } = {}) {
  const batch = createMessageBatch<MailMessage>(
    queue,
    messages.map((body, i) => ({ id: `msg-${i}-${body.deliveryId}`, timestamp: new Date(), attempts, body })),
  );
  // The plugin's result names retried messages but not their delay: record what the consumer asked for.
  const delays: Array<number | undefined> = [];
  for (const message of batch.messages) {
    const retry = message.retry.bind(message);
    message.retry = (options?: QueueRetryOptions) => {
      delays.push(options?.delaySeconds);
      retry(options);
    };
  }
  const ctx = createExecutionContext();
  await worker.queue!(batch as never, { ...env, ...bindings } as Env);
  return { ...(await getQueueResult(batch, ctx)), delays };
}

export async function putContacts(list: Array<{ code: string; email: string; language?: string }>) {
  const res = await callWith({}, "/api/v1/admin/contacts", { method: "PUT", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify(list) });
  if (res.status !== 200) throw new Error(`contacts ${res.status}: ${await res.text()}`);
  return res.json();
}

export async function dispatchWith(queue: Queue, roundId: string, code?: string) {
  return callWith({ MAIL_QUEUE: queue }, `/api/v1/admin/rounds/${roundId}/dispatch${code ? `?code=${code}` : ""}`, {
    method: "POST",
    headers: { ...ADMIN, "Content-Type": "application/json" },
    body: "{}",
  });
}

/** The link in an e-mail's text part, as a path to open. */
export function linkIn(mail: SentMail): string {
  const url = /https?:\/\/\S+\/rapport\/lenke\/[\w-]+/.exec(mail.text)?.[0];
  if (!url) throw new Error("no link in the e-mail");
  return new URL(url).pathname;
}
