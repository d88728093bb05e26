/** Waits between retries of a publish that failed for a passing reason (offline, server down). */
export const RETRY_DELAYS_MS: readonly number[] = [5_000, 15_000, 60_000, 5 * 60_000, 15 * 60_000]

/** How long to wait after the `attempt`-th failed attempt (1-based); capped at the last delay. */
export function retryDelay(attempt: number): number {
  const index = Math.min(Math.max(attempt, 1), RETRY_DELAYS_MS.length) - 1
  return RETRY_DELAYS_MS[index] ?? 15 * 60_000
}
