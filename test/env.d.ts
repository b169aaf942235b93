// Bindings that exist only in tests (see vitest.config.ts).
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}

// Files read as text at test time (Vite's `?raw`): tests cannot read the host's file system.
declare module "*?raw" {
  const text: string;
  export default text;
}
