import type { Table } from './table.js';

export interface SeriesExport {
  indicator: { key: string; nameZh: string; nameEn: string; unit: string } | null;
  scopeCode: string;
  points: readonly { period: string; value: number; live: boolean }[];
}

/** The points of an indicator series export, one row each, with what they measure on every row (a pivot table needs it). */
export function seriesTable(series: SeriesExport, lang: 'zh-CN' | 'en'): Table {
  const name = series.indicator ? (lang === 'en' ? series.indicator.nameEn : series.indicator.nameZh) : '';
  const live = lang === 'en' ? ['live', 'recorded'] : ['实时', '填报'];
  return {
    title: { zh: '指标序列', en: 'indicator series' },
    columns: [
      { zh: '指标键', en: 'indicatorKey', type: 'text' },
      { zh: '指标名称', en: 'indicator', type: 'text' },
      { zh: '区划代码', en: 'scopeCode', type: 'text' },
      { zh: '期间', en: 'period', type: 'date' },
      { zh: '数值', en: 'value', type: 'number' },
      { zh: '单位', en: 'unit', type: 'text' },
      { zh: '来源', en: 'source', type: 'text' },
    ],
    rows: series.points.map((p) => [series.indicator?.key ?? '', name, series.scopeCode, p.period, p.value, series.indicator?.unit ?? '', p.live ? live[0]! : live[1]!]),
  };
}
