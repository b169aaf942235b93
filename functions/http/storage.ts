/**
 * Storage outages. D1 rejects a whole batch when any statement in it fails, so a failed write has
 * stored nothing; the caller may retry with the same Idempotency-Key. That makes the failure a 503
 * with Retry-After (try again) rather than a 500 (our bug).
 */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

/** D1 errors carry a `D1_…` prefix (D1_ERROR, D1_EXEC_ERROR, D1_TYPE_ERROR…) or name D1 in the message. */
export function isStorageFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /^D1_[A-Z_]+/.test(error.message) || /\bD1\b/.test(error.message) || isStorageFailure(error.cause);
}
