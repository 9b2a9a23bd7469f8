import { describe, expect, it } from 'vitest';
import { TargetKind } from './target.enums.js';
import { computeProgress, elapsedShare, evaluationDate } from './progress.js';

const jingzhou2023 = {
  kind: TargetKind.INCREASE,
  baseline: 11_966,
  targetValue: 2_000,
  startsOn: '2023-01-01',
  deadline: '2023-12-31',
};

describe('computeProgress', () => {
  it('gives Jingzhou 2023 slot target a progress of 1.43 from 11,966 to 14,826', () => {
    const result = computeProgress({ ...jingzhou2023, current: 14_826, today: '2026-11-22' });
    expect(result.progress).toBe(1.43);
    expect(result.expectedProgress).toBe(1);
    expect(result.onTrack).toBe(true);
  });

  it('measures a level target from its baseline, not from zero', () => {
    const result = computeProgress({
      kind: TargetKind.PER_1000,
      baseline: 3.5,
      targetValue: 4.5,
      current: 4,
      startsOn: '2023-01-01',
      deadline: '2025-12-31',
      today: '2024-06-30',
    });
    expect(result.progress).toBe(0.5);
  });

  it('marks a target behind when progress trails the share of time elapsed', () => {
    const result = computeProgress({ ...jingzhou2023, current: 12_466, today: '2023-07-01' });
    expect(result.progress).toBe(0.25);
    expect(result.expectedProgress).toBeGreaterThan(0.49);
    expect(result.onTrack).toBe(false);
  });

  it('reports no progress and no verdict when the current figure is unknown', () => {
    const result = computeProgress({ ...jingzhou2023, current: null, today: '2023-07-01' });
    expect(result.progress).toBeNull();
    expect(result.onTrack).toBeNull();
  });

  it('counts a target met when the level asked for equals the baseline and is held', () => {
    const result = computeProgress({ ...jingzhou2023, kind: TargetKind.LEVEL, targetValue: 11_966, current: 11_966, today: '2023-07-01' });
    expect(result.progress).toBe(1);
  });
});

describe('elapsedShare', () => {
  it('is zero before the start, one after the deadline, and counts both end days', () => {
    expect(elapsedShare('2026-01-01', '2026-12-31', '2025-12-31')).toBe(0);
    expect(elapsedShare('2026-01-01', '2026-12-31', '2027-01-01')).toBe(1);
    expect(elapsedShare('2026-01-01', '2026-01-10', '2026-01-05')).toBe(0.5);
  });
});

describe('evaluationDate', () => {
  it('reads a finished target at its deadline and a running one today', () => {
    expect(evaluationDate('2023-12-31', '2026-11-22')).toBe('2023-12-31');
    expect(evaluationDate('2026-12-31', '2026-11-22')).toBe('2026-11-22');
  });
});
