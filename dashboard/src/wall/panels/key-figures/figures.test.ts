import { describe, expect, it } from 'vitest';
import { formatRatio, formatWan } from '../../../shared/format/number';
import { overview, target } from '../test-fixtures';
import { type KeyFigure, type KeyFigureId, figureText, keyFigures } from './figures';

const city = overview();

function figure(figures: KeyFigure[], id: KeyFigureId): KeyFigure {
  const found = figures.find((f) => f.id === id);
  if (!found) throw new Error(`no ${id} figure`);
  return found;
}

describe('keyFigures', () => {
  it('lists the six tiles in wall order', () => {
    expect(keyFigures(city, 'zh-CN').map((f) => f.id)).toEqual([
      'slots', 'slotsPer1000', 'filedInstitutions', 'inclusiveInstitutions', 'childrenUnder3', 'bedsPer1000Elderly',
    ]);
  });

  it('takes each value from the overview', () => {
    expect(keyFigures(city, 'zh-CN').map((f) => f.value)).toEqual([
      city.slots, city.slotsPer1000, city.filedInstitutionCount, city.inclusiveInstitutionCount, city.childrenUnder3, city.bedsPer1000Elderly,
    ]);
  });

  it('labels the tiles in Chinese with their units', () => {
    expect(keyFigures(city, 'zh-CN').map((f) => [f.label, f.unit])).toEqual([
      ['托位总数', '个'], ['每千人口托位数', '个'], ['备案机构', '个'], ['普惠机构', '个'], ['3岁以下婴幼儿', '人'], ['每千名老人养老床位', '张'],
    ]);
  });

  it('labels the tiles in English without Chinese units', () => {
    const figures = keyFigures(city, 'en');
    expect(figure(figures, 'slots').label).toBe('Childcare slots');
    expect(figures.every((f) => f.unit === '')).toBe(true);
  });

  it('gives total slots the change on a year earlier as its delta', () => {
    expect(figure(keyFigures(city, 'zh-CN'), 'slots').delta).toEqual({ value: city.slotsChange, label: '较上年同期' });
  });

  it('gives no delta when the year-earlier figure is unknown', () => {
    expect(figure(keyFigures(overview({ slotsChange: null }), 'zh-CN'), 'slots').delta).toBeUndefined();
  });

  it('shows slots per 1,000 residents with two decimals and beds per 1,000 elderly with one', () => {
    const figures = keyFigures(city, 'zh-CN');
    expect(figure(figures, 'slotsPer1000').decimals).toBe(2);
    expect(figure(figures, 'bedsPer1000Elderly').decimals).toBe(1);
  });

  it('carries the per-1,000 target value when the city has such a target', () => {
    const perThousand = target({ kind: 'PER_1000', targetValue: 4.5, deadline: '2025-12-31' });
    const figures = keyFigures(overview({ targets: [target(), perThousand] }), 'zh-CN');
    expect(figure(figures, 'slotsPer1000').target).toBe(perThousand.targetValue);
  });

  it('carries no target when the city has no per-1,000 target', () => {
    expect(figure(keyFigures(overview({ targets: [target({ kind: 'INCREASE' })] }), 'zh-CN'), 'slotsPer1000').target).toBeUndefined();
  });

  it('writes children under 3 in 万 in Chinese and in full in English', () => {
    const zh = figure(keyFigures(city, 'zh-CN'), 'childrenUnder3');
    const en = figure(keyFigures(city, 'en'), 'childrenUnder3');
    expect(figureText(zh)).toBe(formatWan(city.childrenUnder3));
    expect(figureText(en)).toBe(formatRatio(city.childrenUnder3, 0));
  });
});

describe('figureText', () => {
  it('keeps the figure’s decimals while the number rolls', () => {
    const perThousand = figure(keyFigures(city, 'zh-CN'), 'slotsPer1000');
    expect(figureText(perThousand, 2.5)).toBe('2.50');
  });

  it('rounds a rolling count to whole slots', () => {
    expect(figureText(figure(keyFigures(city, 'zh-CN'), 'slots'), 13_401.6)).toBe('13,402');
  });

  it('shows a dash for a missing figure', () => {
    expect(figureText(figure(keyFigures(overview({ bedsPer1000Elderly: null }), 'zh-CN'), 'bedsPer1000Elderly'))).toBe('—');
  });
});
