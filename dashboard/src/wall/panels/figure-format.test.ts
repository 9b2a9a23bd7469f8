import { describe, expect, it } from 'vitest';
import { changeText, figureNumber, figureText, unitIn } from './figure-format';
import { figurePeriod, periodName } from './periods';

describe('figureText', () => {
  it('writes slots per 1,000 residents with two decimals and their unit, the same on every panel', () => {
    expect(figureText(2.8317, '个/千人', 'zh-CN')).toBe('2.83 个/千人');
  });

  it('writes beds per 1,000 elderly with one decimal', () => {
    expect(figureText(35.53, '张/千人', 'zh-CN')).toBe('35.5 张/千人');
    expect(figureNumber(40, '张/千人')).toBe('40.0');
  });

  it('groups whole counts and names English units', () => {
    expect(figureText(36_000, '张', 'zh-CN')).toBe('36,000 张');
    expect(figureText(36_000, '张', 'en')).toBe('36,000 beds');
    expect(figureText(2.83, '个/千人', 'en')).toBe('2.83 per 1,000');
  });

  it('shows a dash for a missing figure', () => {
    expect(figureText(null, '个', 'zh-CN')).toBe('—');
  });
});

describe('changeText', () => {
  it('signs a change at the unit’s precision, with the true minus sign', () => {
    expect(changeText(2860, '个', 'zh-CN')).toBe('+2,860 个');
    expect(changeText(-0.123, '个/千人', 'zh-CN')).toBe('−0.12 个/千人');
    expect(changeText(0.001, '个/千人', 'zh-CN')).toBe('0.00 个/千人');
  });
});

describe('unitIn', () => {
  it('keeps a unit it has no English for', () => {
    expect(unitIn('en', '平方米')).toBe('平方米');
    expect(unitIn('zh-CN', '张/千人')).toBe('张/千人');
  });
});

describe('periodName', () => {
  it('names quarters, months and years as Chinese reports do, and in English', () => {
    expect(periodName('2026-07-01', 'QUARTERLY', 'zh-CN')).toBe('2026年第三季度');
    expect(periodName('2026-07-01', 'QUARTERLY', 'en')).toBe('Q3 2026');
    expect(periodName('2026-11-01', 'MONTHLY', 'zh-CN')).toBe('2026年11月');
    expect(periodName('2026-11-01', 'MONTHLY', 'en')).toBe('Nov 2026');
    expect(periodName('2025-01-01', 'YEARLY', 'zh-CN')).toBe('2025年');
  });

  it('says a live count is live, and a figure without a period has none', () => {
    expect(figurePeriod({ live: true, period: '2026-12-01', frequency: 'MONTHLY' }, 'zh-CN')).toBe('实时');
    expect(figurePeriod({ live: false, period: null, frequency: 'YEARLY' }, 'zh-CN')).toBe('—');
  });
});
