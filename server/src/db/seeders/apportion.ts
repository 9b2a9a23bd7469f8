/**
 * Splits a whole number into whole parts in proportion to the weights (largest-remainder
 * method), so the parts always add up exactly to the total. Ties go to the earlier part.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`cannot apportion ${total}`);
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  if (weights.length === 0 || !(weightSum > 0) || weights.some((w) => w < 0)) {
    throw new RangeError('apportion() needs non-negative weights with a positive sum');
  }
  const exact = weights.map((w) => (total * w) / weightSum);
  const parts = exact.map((x) => Math.floor(x));
  const left = total - parts.reduce((sum, p) => sum + p, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder.slice(0, left)) parts[i] = (parts[i] ?? 0) + 1;
  return parts;
}
