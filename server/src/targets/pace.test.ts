import { describe, expect, it } from 'vitest';
import { paceOf, thresholdsProblem } from './pace.js';
import { PaceStatus } from './target.enums.js';

describe('paceOf', () => {
  it('calls a target MET once its progress reaches 1, even before its deadline, with a negative gap when ahead', () => {
    expect(paceOf(1.43, 1)).toEqual({ gapPoints: -43, pace: PaceStatus.MET });
    expect(paceOf(1, 0.5)).toEqual({ gapPoints: -50, pace: PaceStatus.MET });
  });

  it('is ON_PACE when ahead of or less than 10 points behind the expected progress', () => {
    expect(paceOf(0.6, 0.5)).toEqual({ gapPoints: -10, pace: PaceStatus.ON_PACE });
    expect(paceOf(0.41, 0.5)).toEqual({ gapPoints: 9, pace: PaceStatus.ON_PACE });
  });

  it('is BEHIND from 10 points behind and FAR_BEHIND from 30, by default', () => {
    expect(paceOf(0.4, 0.5).pace).toBe(PaceStatus.BEHIND);
    expect(paceOf(0.21, 0.5).pace).toBe(PaceStatus.BEHIND);
    expect(paceOf(0.2, 0.5)).toEqual({ gapPoints: 30, pace: PaceStatus.FAR_BEHIND });
  });

  it('judges a target past its deadline against full progress', () => {
    expect(paceOf(0.95, 1)).toEqual({ gapPoints: 5, pace: PaceStatus.ON_PACE });
    expect(paceOf(0.31, 1)).toEqual({ gapPoints: 69, pace: PaceStatus.FAR_BEHIND });
  });

  it('applies a city’s own thresholds', () => {
    const strict = { behindFrom: 5, farBehindFrom: 15 };
    expect(paceOf(0.44, 0.5, strict).pace).toBe(PaceStatus.BEHIND);
    expect(paceOf(0.34, 0.5, strict).pace).toBe(PaceStatus.FAR_BEHIND);
    expect(paceOf(0.46, 0.5, strict).pace).toBe(PaceStatus.ON_PACE);
  });

  it('gives no gap without a current figure, but judges the pace as no progress yet', () => {
    expect(paceOf(null, 0.05)).toEqual({ gapPoints: null, pace: PaceStatus.ON_PACE });
    expect(paceOf(null, 0.5)).toEqual({ gapPoints: null, pace: PaceStatus.FAR_BEHIND });
  });

  it('rounds away binary noise in the gap', () => {
    expect(paceOf(0.7, 0.8).gapPoints).toBe(10);
  });
});

describe('thresholdsProblem', () => {
  it('accepts 0 < behindFrom < farBehindFrom ≤ 100 and names the field of anything else', () => {
    expect(thresholdsProblem({ behindFrom: 10, farBehindFrom: 30 })).toBeNull();
    expect(thresholdsProblem({ behindFrom: 0, farBehindFrom: 30 })?.field).toBe('behindFrom');
    expect(thresholdsProblem({ behindFrom: 30, farBehindFrom: 30 })?.field).toBe('farBehindFrom');
    expect(thresholdsProblem({ behindFrom: 10, farBehindFrom: 101 })?.field).toBe('farBehindFrom');
    expect(thresholdsProblem({ behindFrom: Number.NaN, farBehindFrom: 30 })?.field).toBe('behindFrom');
  });
});
