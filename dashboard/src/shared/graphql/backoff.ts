/**
 * Delay before reconnect attempt `retries` (0-based): doubling from 500 ms, capped at
 * 10 s, with jitter so a hall of screens does not reconnect in lockstep after a restart.
 */
export function reconnectDelay(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(10_000, 500 * 2 ** Math.min(retries, 10));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
