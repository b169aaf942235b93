// What the run's global setup provides to every test file (test/tools/fast-check-seed.ts).
export {};

declare module "vitest" {
  export interface ProvidedContext {
    fcSeed: number;
  }
}
