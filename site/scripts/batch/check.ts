import type { FromWorker, ToWorker } from "./protocol";

/** The Worker of the current check, and the answers the page is waiting for. */
export class Check {
  private readonly worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  private readonly waiting = new Map<number, (message: FromWorker) => void>();
  private nextId = 0;

  constructor(onMessage: (message: FromWorker) => void) {
    this.worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      const answer = "id" in data ? this.waiting.get(data.id) : undefined;
      if (answer && "id" in data) {
        this.waiting.delete(data.id);
        answer(data);
      } else onMessage(data);
    };
    this.worker.onerror = () => onMessage({ type: "failed" });
  }

  send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** Asks the Worker and waits for the answer with the same id. */
  ask<T extends FromWorker["type"]>(message: (id: number) => ToWorker): Promise<Extract<FromWorker, { type: T }>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (answer) => resolve(answer as Extract<FromWorker, { type: T }>));
      this.send(message(id));
    });
  }

  stop(): void {
    this.worker.terminate();
    this.waiting.clear();
  }
}
