/** The number roll of a key-figure tile: a pure tween, so the tile only asks "what at this instant?". */

/** Fast start, soft landing; t is clamped to 0..1 (and a NaN t is the start). */
export function easeOutCubic(t: number): number {
  if (!(t > 0)) return 0;
  if (t >= 1) return 1;
  return 1 - (1 - t) ** 3;
}

/**
 * The value shown `elapsedMs` into a roll from `from` to `to` lasting `durationMs`:
 * `from` before it starts, exactly `to` at and after its end (so no rounding drift is left
 * on screen), and `to` at once for a zero or negative duration.
 */
export function rollingValue(from: number, to: number, elapsedMs: number, durationMs: number): number {
  if (!(elapsedMs < durationMs)) return to;
  if (elapsedMs <= 0) return from;
  return from + (to - from) * easeOutCubic(elapsedMs / durationMs);
}
