import { describe, expect, it } from 'vitest';
import { withLiveMonth } from './live-month';

const history = [
  { period: '2026-09-01', value: 14_700, live: false },
  { period: '2026-10-01', value: 14_750, live: false },
  { period: '2026-11-01', value: 14_800, live: true },
];

describe('withLiveMonth', () => {
  it('replaces the current month with the live total and keeps the history', () => {
    expect(withLiveMonth(history, 14_826, '2026-11')).toEqual([history[0], history[1], { period: '2026-11-01', value: 14_826, live: true }]);
  });

  it('appends the new month after midnight on the first of the month', () => {
    const next = withLiveMonth(history, 14_830, '2026-12');
    expect(next).toHaveLength(4);
    expect(next.at(-1)).toEqual({ period: '2026-12-01', value: 14_830, live: true });
  });

  it('does not change the series it is given', () => {
    withLiveMonth(history, 1, '2026-11');
    expect(history[2]!.value).toBe(14_800);
  });
});
