import { describe, expect, it } from 'vitest';
import { writes } from '../common/write-transaction.js';
import type { CityOverview } from '../overview/overview.types.js';
import { OverviewReads, READ_MAX_AGE_MS } from './overview-reads.js';

function setup(start = Date.parse('2026-11-22T04:00:00Z')) {
  let clock = start;
  let computed = 0;
  let fail = false;
  const reads = new OverviewReads(
    async (code) => {
      computed += 1;
      if (fail) throw new Error('database down');
      return { code, slots: computed } as unknown as CityOverview;
    },
    () => clock,
  );
  return {
    reads,
    computed: () => computed,
    advance: (ms: number) => (clock += ms),
    failNext: (value: boolean) => (fail = value),
  };
}

describe('shared cityOverview reads', () => {
  it('computes once for many readers of a city while nothing changes', async () => {
    const t = setup();
    const answers = await Promise.all([t.reads.read('421000', true), t.reads.read('421000', true), t.reads.read('421000', true)]);
    expect(t.computed()).toBe(1);
    expect(new Set(answers).size).toBe(1);
    await t.reads.read('320700', true);
    expect(t.computed()).toBe(2);
  });

  it('computes again after a change notice for the city, and only for that city', async () => {
    const t = setup();
    await t.reads.read('421000', true);
    await t.reads.read('320700', true);
    t.reads.invalidate('421000');
    expect((await t.reads.read('421000', true)).slots).toBe(3);
    expect((await t.reads.read('320700', true)).slots).toBe(2);
  });

  it('computes again after a write through the API in this process, before any notice', async () => {
    const t = setup();
    await t.reads.read('421000', true);
    writes.epoch += 1;
    await t.reads.read('421000', true);
    expect(t.computed()).toBe(2);
  });

  it('computes again on a new day in China and after the maximum age', async () => {
    const t = setup(Date.parse('2026-11-22T15:59:00Z'));
    await t.reads.read('421000', true);
    t.advance(2 * 60_000); // 00:01 on 23 November in Beijing
    await t.reads.read('421000', true);
    expect(t.computed()).toBe(2);
    t.advance(READ_MAX_AGE_MS - 1);
    await t.reads.read('421000', true);
    expect(t.computed()).toBe(2);
    t.advance(1);
    await t.reads.read('421000', true);
    expect(t.computed()).toBe(3);
  });

  it('does not share while change notices cannot arrive', async () => {
    const t = setup();
    await t.reads.read('421000', false);
    await t.reads.read('421000', false);
    expect(t.computed()).toBe(2);
  });

  it('does not keep a failed computation', async () => {
    const t = setup();
    t.failNext(true);
    await expect(t.reads.read('421000', true)).rejects.toThrow('database down');
    t.failNext(false);
    expect((await t.reads.read('421000', true)).slots).toBe(2);
  });
});
