import { describe, expect, it } from 'vitest';
import { SocketRegistry, type TrackedSocket } from './socket-registry.js';

/** A socket whose re-checks wait until the test lets them finish. */
function socket(): TrackedSocket & { checks: number; finish: () => void } {
  let finish = () => undefined as void;
  const s = {
    checks: 0,
    finish: () => finish(),
    recheck: () => {
      s.checks += 1;
      return new Promise<void>((resolve) => (finish = resolve));
    },
  };
  return s;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('SocketRegistry', () => {
  it('files at most the per-account limit of sockets under one account, and frees a place when one leaves', () => {
    const registry = new SocketRegistry(2);
    const [a, b, c] = [socket(), socket(), socket()];
    expect(registry.track(a, 'USER:1')).toBe(true);
    expect(registry.track(b, 'USER:1')).toBe(true);
    expect(registry.track(c, 'USER:1')).toBe(false);
    expect(registry.track(c, 'DISPLAY:1')).toBe(true);
    registry.untrack(a);
    expect(registry.track(c, 'USER:1')).toBe(true);
    expect([registry.count('USER:1'), registry.count('DISPLAY:1'), registry.size]).toEqual([2, 0, 2]);
  });

  it('re-checks only the sockets of the account announced, and every one on a resync', async () => {
    const registry = new SocketRegistry(10);
    const [mine, other, screen] = [socket(), socket(), socket()];
    registry.track(mine, 'USER:1');
    registry.track(other, 'USER:2');
    registry.track(screen, 'DISPLAY:1');
    registry.accountChanged(1);
    expect([mine.checks, other.checks, screen.checks]).toEqual([1, 0, 0]);
    mine.finish();
    await settle();
    registry.displayTokenChanged(1);
    expect(screen.checks).toBe(1);
    screen.finish();
    await settle();
    registry.resync();
    expect([mine.checks, other.checks, screen.checks]).toEqual([2, 1, 2]);
  });

  it('runs one more re-check, not one each, for announcements that arrive while one runs', async () => {
    const registry = new SocketRegistry(10);
    const s = socket();
    registry.track(s, 'USER:1');
    const epoch = registry.epoch;
    for (let i = 0; i < 5; i += 1) registry.accountChanged(1);
    expect(registry.epoch).toBe(epoch + 5);
    expect(s.checks).toBe(1);
    s.finish();
    await settle();
    expect(s.checks).toBe(2);
    s.finish();
    await settle();
    expect(s.checks).toBe(2);
  });
});
