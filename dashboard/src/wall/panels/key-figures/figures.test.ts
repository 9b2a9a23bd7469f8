import { describe, expect, it } from 'vitest';
import { formatRatio, formatWan } from '../../../shared/format/number';
import { indicator, overview, target } from '../test-fixtures';
import { type KeyFigure, type KeyFigureId, figureText, keyFigures } from './figures';

const perThousand = indicator({ key: 'slots_per_1000', nameZh: '每千人口托位数', nameEn: 'Childcare slots per 1,000 residents', unit: '个/千人', value: 2.8317, yearAgoValue: 2.28 });
const beds = indicator({ key: 'beds_per_1000_elderly', nameZh: '每千名老年人养老床位数', nameEn: 'Elderly-care beds per 1,000 residents aged 60+', category: 'OLD', unit: '张/千人', value: 35.53, yearAgoValue: 36.1, live: false, frequency: 'QUARTERLY', period: '2026-07-01' });
const city = overview({ indicators: [perThousand, beds] });

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

  it('names a per-1,000 tile and gives its unit as the indicator card does', () => {
    const tiles = keyFigures(city, 'zh-CN');
    expect([figure(tiles, 'slotsPer1000').label, figure(tiles, 'slotsPer1000').unit]).toEqual(['每千人口托位数', '个/千人']);
    expect([figure(tiles, 'bedsPer1000Elderly').label, figure(tiles, 'bedsPer1000Elderly').unit]).toEqual(['每千名老年人养老床位数', '张/千人']);
    expect(figureText(figure(tiles, 'bedsPer1000Elderly'))).toBe('35.5');
  });

  it('keeps a unit on every tile in English', () => {
    expect(keyFigures(city, 'en').map((f) => f.unit)).toEqual(['slots', 'per 1,000', 'institutions', 'institutions', 'children', 'per 1,000 aged 60+']);
  });

  it('gives every tile with a year-ago figure its change on the year, at its own precision', () => {
    const tiles = keyFigures(city, 'zh-CN');
    expect(figure(tiles, 'slots').delta).toEqual({ label: '较上年同期', text: '+2,860 个', down: false });
    expect(figure(tiles, 'slotsPer1000').delta?.text).toBe('+0.55 个/千人');
    expect(figure(tiles, 'bedsPer1000Elderly').delta).toEqual({ label: '较上年同期', text: '−0.6 张/千人', down: true });
  });

  it('names the period of each tile: live counts as 实时, recorded figures by their quarter', () => {
    const tiles = keyFigures(city, 'zh-CN');
    expect(figure(tiles, 'slots').period).toBe('实时');
    expect(figure(tiles, 'bedsPer1000Elderly').period).toBe('2026年第三季度');
  });

  it('gives the per-1,000 tile a target line whether or not the city set a per-1,000 target', () => {
    const withTarget = overview({ indicators: [perThousand], targets: [target(), target({ kind: 'PER_1000', targetValue: 4.5, deadline: '2025-12-31' })] });
    expect(figure(keyFigures(withTarget, 'zh-CN'), 'slotsPer1000').target).toBe('目标 4.50 个/千人（2025年）');
    expect(figure(keyFigures(city, 'zh-CN'), 'slotsPer1000').target).toBe('未设千人口托位目标');
  });

  it('writes children under 3 in 万 in Chinese and in full in English', () => {
    expect(figureText(figure(keyFigures(city, 'zh-CN'), 'childrenUnder3'))).toBe(formatWan(city.childrenUnder3));
    expect(figureText(figure(keyFigures(city, 'en'), 'childrenUnder3'))).toBe(formatRatio(city.childrenUnder3, 0));
  });
});

describe('figureText', () => {
  it('keeps the figure’s decimals while the number rolls', () => {
    expect(figureText(figure(keyFigures(city, 'zh-CN'), 'slotsPer1000'), 2.5)).toBe('2.50');
  });

  it('rounds a rolling count to whole slots', () => {
    expect(figureText(figure(keyFigures(city, 'zh-CN'), 'slots'), 13_401.6)).toBe('13,402');
  });

  it('shows a dash for a missing figure', () => {
    expect(figureText(figure(keyFigures(overview({ indicators: [], bedsPer1000Elderly: null }), 'zh-CN'), 'bedsPer1000Elderly'))).toBe('—');
  });
});
