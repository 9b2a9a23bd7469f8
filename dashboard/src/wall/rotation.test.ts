import { describe, expect, it } from 'vitest';
import { rotationPlan, viewAt } from './rotation';

const districts = (city: string) => (city === '421000' ? ['421002', '421003'] : undefined);

describe('rotation', () => {
  it('cycles the cities, each for `every` seconds, and starts again', () => {
    const plan = rotationPlan(['421000', '320700'], districts, false);
    expect(plan).toEqual([{ city: '421000', district: null }, { city: '320700', district: null }]);
    expect(viewAt(plan, 0, 60)?.city).toBe('421000');
    expect(viewAt(plan, 61, 60)?.city).toBe('320700');
    expect(viewAt(plan, 125, 60)?.city).toBe('421000');
  });

  it('puts each district of a city in focus after the city when asked', () => {
    const plan = rotationPlan(['421000', '320700'], districts, true);
    expect(plan.map((v) => v.district ?? v.city)).toEqual(['421000', '421002', '421003', '320700']);
  });

  it('shows nothing for an empty plan', () => {
    expect(viewAt([], 10, 60)).toBeUndefined();
  });
});
