import { describe, expect, it } from 'vitest';
import { AddressGate } from './address-gate.js';

function gate(limits = { perAddress: 3, newPerSecond: 2, newBurst: 4 }) {
  let now = 0;
  const g = new AddressGate(limits, () => now);
  return { g, tick: (ms: number) => (now += ms) };
}

describe('AddressGate', () => {
  it('admits sockets from an address up to its limit and again once one is released', () => {
    const { g } = gate();
    const slots = [g.admit('a'), g.admit('a'), g.admit('a')];
    expect(g.admit('a')).toMatchObject({ refused: 'TOO_MANY_SOCKETS' });
    expect(g.admit('b')).toHaveProperty('release');
    (slots[0] as { release: () => void }).release();
    (slots[0] as { release: () => void }).release();
    expect(g.openFrom('a')).toBe(2);
    expect(g.admit('a')).toHaveProperty('release');
    g.dispose();
  });

  it('refuses new sockets past the burst until the bucket refills at its rate', () => {
    const { g, tick } = gate({ perAddress: 100, newPerSecond: 2, newBurst: 4 });
    for (let i = 0; i < 4; i += 1) (g.admit('a') as { release: () => void }).release();
    expect(g.admit('a')).toEqual({ refused: 'TOO_MANY_NEW_SOCKETS', retryAfterSeconds: 1 });
    tick(500);
    expect(g.admit('a')).toHaveProperty('release');
    expect(g.admit('a')).toMatchObject({ refused: 'TOO_MANY_NEW_SOCKETS' });
    g.dispose();
  });

  it('forgets an address once it holds nothing and its bucket is full again', () => {
    const { g, tick } = gate();
    (g.admit('a') as { release: () => void }).release();
    g.sweep();
    expect((g as unknown as { addresses: Map<string, unknown> }).addresses.size).toBe(1);
    tick(1_000);
    g.sweep();
    expect((g as unknown as { addresses: Map<string, unknown> }).addresses.size).toBe(0);
    g.dispose();
  });
});
