import { describe, expect, it } from 'vitest';
import { easeOutCubic, rollingValue } from './rolling-value';

describe('easeOutCubic', () => {
  it('starts at 0 and ends at 1', () => {
    expect(easeOutCubic(0)).toBe(0);
    expect(easeOutCubic(1)).toBe(1);
  });

  it('is past the halfway mark at half time, because it starts fast', () => {
    expect(easeOutCubic(0.5)).toBeCloseTo(1 - 0.5 ** 3, 12);
  });

  it('clamps times outside 0 to 1, and treats NaN as the start', () => {
    expect(easeOutCubic(-0.5)).toBe(0);
    expect(easeOutCubic(2)).toBe(1);
    expect(easeOutCubic(Number.NaN)).toBe(0);
  });

  it('never goes back as time goes on', () => {
    const samples = Array.from({ length: 21 }, (_, i) => easeOutCubic(i / 20));
    expect(samples.every((v, i) => i === 0 || v >= samples[i - 1]!)).toBe(true);
  });
});

describe('rollingValue', () => {
  it('starts at the old value', () => {
    expect(rollingValue(11_966, 14_826, 0, 1200)).toBe(11_966);
  });

  it('is the eased share of the way at a point in between', () => {
    const from = 11_966;
    const to = 14_826;
    expect(rollingValue(from, to, 300, 1200)).toBeCloseTo(from + (to - from) * easeOutCubic(300 / 1200), 9);
  });

  it('is exactly the new value at and after the end', () => {
    expect(rollingValue(0.1, 0.3, 1200, 1200)).toBe(0.3);
    expect(rollingValue(0.1, 0.3, 5000, 1200)).toBe(0.3);
  });

  it('rolls down as well as up', () => {
    const value = rollingValue(100, 40, 600, 1200);
    expect(value).toBeLessThan(100);
    expect(value).toBeGreaterThan(40);
  });

  it('jumps to the new value for a zero duration', () => {
    expect(rollingValue(1, 2, 0, 0)).toBe(2);
  });

  it('holds the old value before the roll starts', () => {
    expect(rollingValue(1, 2, -50, 1000)).toBe(1);
  });
});
