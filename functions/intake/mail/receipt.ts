import { errorMessage, logEvent } from "../../http/requestLog";
import { enqueue } from "./dispatch";

/**
 * After a submitted version: its receipt e-mail (recorded in the submission's batch) goes on the queue.
 * A queue failure does not fail the submission: the delivery row is there, and the cron's sweep queues it.
 * Nothing is queued when the municipality has no address (no row was made): the consumer finds nothing.
 */
export async function queueReceipt(env: Env, deliveryId: string): Promise<void> {
  try {
    await enqueue(env.MAIL_QUEUE, [deliveryId]);
  } catch (error) {
    logEvent("warn", "receipt_not_queued", { deliveryId, message: errorMessage(error) });
  }
}
