import type { TrendPoint } from '../../graphql/types';

/**
 * The series with the current month's point set to the live total: replaced when the
 * series already has that month, appended when it does not yet (a new month began).
 */
export function withLiveMonth(points: readonly TrendPoint[], liveSlots: number, currentMonth: string): TrendPoint[] {
  const period = `${currentMonth}-01`;
  const rest = points.filter((p) => p.period !== period);
  return [...rest, { period, value: liveSlots, live: true }].sort((a, b) => a.period.localeCompare(b.period));
}
