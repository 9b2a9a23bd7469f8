import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent } from '../../../shared/format/number';
import { indicator, overview } from '../test-fixtures';
import { changeText, indicatorCards, unitIn, yearOnYear } from './cards';

const slots = indicator({ key: 'childcare_slots', nameZh: '托位数', nameEn: 'Childcare slots', category: 'YOUNG', unit: '个', value: 14_826, yearAgoValue: 11_966 });
const perThousand = indicator({ key: 'slots_per_1000', nameZh: '每千人口托位数', nameEn: 'Childcare slots per 1,000 residents', unit: '个/千人', value: 2.83, yearAgoValue: null });
const beds = indicator({ key: 'elderly_care_beds', nameZh: '养老床位数', nameEn: 'Elderly-care beds', category: 'OLD', unit: '张', value: 36_000, yearAgoValue: 36_800 });
const waiting = indicator({ key: 'waiting_list', nameZh: '候床人数', nameEn: 'Waiting for a bed', category: 'OLD', unit: '人', higherIsBetter: false, value: 900, yearAgoValue: 1_000 });
const city = overview({ indicators: [slots, beds, perThousand, waiting] });

describe('indicatorCards', () => {
  it('puts childcare (YOUNG) indicators in the first column and elderly care (OLD) in the second, in the API order', () => {
    const columns = indicatorCards(city, 'zh-CN');
    expect(columns.map((c) => c.category)).toEqual(['YOUNG', 'OLD']);
    expect(columns.map((c) => c.cards.map((card) => card.key))).toEqual([[slots.key, perThousand.key], [beds.key, waiting.key]]);
  });

  it('titles the columns 一小 and 一老', () => {
    expect(indicatorCards(city, 'zh-CN').map((c) => c.title)).toEqual(['一小 · 托育', '一老 · 养老']);
  });

  it('names a card in Chinese with its value and unit, and its rise on a year ago with an up arrow', () => {
    const [card] = indicatorCards(city, 'zh-CN')[0]!.cards;
    expect(card).toEqual({
      key: slots.key,
      name: slots.nameZh,
      value: formatCount(slots.value, '个'),
      change: `▲ ${formatPercent((14_826 - 11_966) / 11_966)}`,
      good: true,
      period: '实时',
    });
  });

  it('names a card in English with an English unit', () => {
    const card = indicatorCards(city, 'en')[1]!.cards[0]!;
    expect(card.name).toBe(beds.nameEn);
    expect(card.value).toBe(formatCount(beds.value, 'beds'));
  });

  it('shows a fall with a down arrow, bad news when higher is better', () => {
    const card = indicatorCards(city, 'zh-CN')[1]!.cards[0]!;
    expect(card.change).toBe(`▼ ${formatPercent((36_800 - 36_000) / 36_800)}`);
    expect(card.good).toBe(false);
  });

  it('counts a fall as good news when lower is better', () => {
    const card = indicatorCards(city, 'zh-CN')[1]!.cards[1]!;
    expect(card.change).toBe('▼ 10%');
    expect(card.good).toBe(true);
  });

  it('shows a dash and no verdict when the year-ago figure is missing', () => {
    const card = indicatorCards(city, 'zh-CN')[0]!.cards[1]!;
    expect(card.change).toBe('—');
    expect(card.good).toBeNull();
  });

  it('shows a dash for a missing value', () => {
    const card = indicatorCards(overview({ indicators: [indicator({ value: null })] }), 'zh-CN')[0]!.cards[0]!;
    expect(card.value).toBe('—');
    expect(card.change).toBe('—');
  });

  it('gives empty columns for a city without indicators', () => {
    expect(indicatorCards(overview({ indicators: [] }), 'en').map((c) => c.cards)).toEqual([[], []]);
  });
});

describe('yearOnYear', () => {
  it('is the change relative to the year-ago figure', () => {
    expect(yearOnYear(110, 100)).toBeCloseTo(0.1, 12);
  });

  it('is unknown from a zero year-ago figure, which has no relative change', () => {
    expect(yearOnYear(5, 0)).toBeNull();
  });
});

describe('changeText', () => {
  it('shows no arrow when nothing changed', () => {
    expect(changeText(0)).toBe('0%');
  });

  it('rounds to one decimal', () => {
    expect(changeText(0.23912)).toBe('▲ 23.9%');
  });
});

describe('unitIn', () => {
  it('keeps Chinese units in Chinese and translates them in English', () => {
    expect(unitIn('zh-CN', '张/千人')).toBe('张/千人');
    expect(unitIn('en', '张/千人')).toBe('per 1,000 aged 60+');
    expect(unitIn('en', '个')).toBe('');
  });

  it('keeps a unit it has no English for', () => {
    expect(unitIn('en', '平方米')).toBe('平方米');
  });
});

describe('the period of a card', () => {
  it('names the quarter a recorded figure is for', () => {
    const recorded = indicator({ key: 'elderly_care_beds', category: 'OLD', unit: '张', live: false, frequency: 'QUARTERLY', period: '2026-07-01' });
    expect(indicatorCards(overview({ indicators: [recorded] }), 'zh-CN')[1]!.cards[0]!.period).toBe('2026年第三季度');
  });
});

describe('indicatorCards on a crowded catalogue', () => {
  it('shows at most four cards a side, those with a figure first', () => {
    const many = Array.from({ length: 9 }, (_, i) => indicator({ key: `k${i}`, category: 'YOUNG', value: i % 2 === 0 ? null : i }));
    const [young] = indicatorCards(overview({ indicators: many }), 'zh-CN');
    expect(young!.cards).toHaveLength(4);
    expect(young!.cards.slice(0, 4).map((c) => c.key)).toEqual(['k1', 'k3', 'k5', 'k7']);
  });
});
