import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it('doubles from about half a second and never waits more than 10 s, however many retries', () => {
    expect(reconnectDelay(0, () => 1)).toBe(500);
    expect(reconnectDelay(1, () => 1)).toBe(1000);
    expect(reconnectDelay(5, () => 1)).toBe(10_000);
    expect(reconnectDelay(10_000, () => 1)).toBe(10_000);
  });

  it('spreads attempts between half the ceiling and the ceiling', () => {
    expect(reconnectDelay(3, () => 0)).toBe(2000);
    expect(reconnectDelay(3, () => 0.5)).toBe(3000);
  });
});
