import { describe, expect, it } from 'vitest';
import { indicator, jianli, overview, shashi } from '../test-fixtures';
import { aggregateChanges, mergeFeed, overviewSummary } from './aggregate-lines';

const beds = indicator({ key: 'elderly_care_beds', nameZh: '养老床位数', nameEn: 'Elderly-care beds', category: 'OLD', unit: '张', value: 36_000, live: false, frequency: 'QUARTERLY', period: '2026-07-01' });
const before = overview({ districts: [shashi, jianli], indicators: [beds], generatedAt: '2026-12-04T06:00:00Z', lastChangedAt: '2026-12-04T05:59:00Z' });
const after = overview({
  districts: [{ ...shashi, slots: shashi.slots + 17, filedInstitutionCount: shashi.filedInstitutionCount + 1 }, jianli],
  slots: before.slots + 17,
  indicators: [{ ...beds, value: 36_100 }],
  generatedAt: '2026-12-04T06:05:09Z',
});

describe('the feed of a wall without a token', () => {
  it('sums up where the city stands, each figure with its unit and period', () => {
    const lines = overviewSummary(before, 'zh-CN').map((l) => l.text);
    expect(lines[0]).toBe('截至 13:59:00 全市托位 14,826 个，较上年同期 +2,860 个（实时）');
    expect(lines).toContain('截至 13:59:00 养老床位数 36,000 张（2026年第三季度）');
  });

  it('tells a district’s change with the city’s new total, and a recorded figure’s change with its period, naming no institution', () => {
    expect(aggregateChanges(before, after, 'zh-CN').map((l) => l.text)).toEqual([
      '14:05:09 沙市区 托位 +17 个（全市 14,843 个）',
      '14:05:09 沙市区 备案机构 +1 个',
      '14:05:09 养老床位数 36,000 张 → 36,100 张（2026年第三季度）',
    ]);
  });

  it('tells nothing between two cities', () => {
    expect(aggregateChanges(before, overview({ code: '320700' }), 'zh-CN')).toEqual([]);
  });

  it('speaks English', () => {
    expect(aggregateChanges(before, after, 'en')[0]!.text).toBe('14:05:09 Shashi District: slots +17 (city 14,843)');
  });

  it('keeps the newest lines first, and at most the given number', () => {
    expect(mergeFeed([{ key: 'a', text: 'a' }], [{ key: 'b', text: 'b' }], 1)).toEqual([{ key: 'b', text: 'b' }]);
  });
});
