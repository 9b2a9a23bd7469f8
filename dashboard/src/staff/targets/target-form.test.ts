import { describe, expect, it } from 'vitest';
import { readTargetDraft, targetDraft, targetPatch, targetValuesOfSnapshot, type TargetValues } from './target-form';

const TARGET: TargetValues = { title: '2026年新增托位1500个', startsOn: '2026-01-01', deadline: '2026-12-31', baseline: 14826, targetValue: 1500 };

describe('the target form', () => {
  it('patches only what changed', () => {
    const { values, problems } = readTargetDraft({ ...targetDraft(TARGET), targetValue: '1,800' });
    expect(problems).toEqual({});
    expect(targetPatch(TARGET, values)).toEqual({ targetValue: 1800 });
  });

  it('does not send empty or non-numeric fields', () => {
    expect(readTargetDraft({ ...targetDraft(TARGET), title: ' ', baseline: 'abc', deadline: '' }).problems).toEqual({ title: 'required', baseline: 'number', deadline: 'required' });
  });

  it('reads a CONFLICT’s snapshot', () => {
    expect(targetValuesOfSnapshot({ ...TARGET, kind: 'INCREASE', indicatorId: 1, cityId: 1, districtId: null, version: 4 })).toEqual(TARGET);
  });
});
