import { describe, expect, it } from 'vitest';
import { fileNameOf, institutionExportUrl, seriesExportUrl } from './export-url';

describe('institutionExportUrl', () => {
  it('sends the filter and order as the JSON of the API inputs, leaving out empty fields', () => {
    const url = institutionExportUrl({ cityCode: '421000', search: '', inclusive: true, ownership: undefined }, { field: 'SLOTS', direction: 'DESC' }, 'xlsx', 'zh-CN');
    const parsed = new URL(url, 'http://x');
    expect(parsed.pathname).toBe('/export/institutions.xlsx');
    expect(JSON.parse(parsed.searchParams.get('filter')!)).toEqual({ cityCode: '421000', inclusive: true });
    expect(JSON.parse(parsed.searchParams.get('orderBy')!)).toEqual({ field: 'SLOTS', direction: 'DESC' });
    expect(parsed.searchParams.has('lang')).toBe(false);
  });

  it('keeps a false filter and asks for English headers with lang en', () => {
    const parsed = new URL(institutionExportUrl({ filed: false }, null, 'csv', 'en'), 'http://x');
    expect(JSON.parse(parsed.searchParams.get('filter')!)).toEqual({ filed: false });
    expect(parsed.searchParams.get('lang')).toBe('en');
    expect(parsed.searchParams.has('orderBy')).toBe(false);
  });

  it('has no query at all without filter, order or language', () => {
    expect(institutionExportUrl({}, null, 'csv', 'zh-CN')).toBe('/export/institutions.csv');
  });
});

describe('seriesExportUrl', () => {
  it('passes the indicatorSeries arguments as they are', () => {
    const parsed = new URL(seriesExportUrl({ key: 'childcare_slots', scopeCode: '421002', from: '2023-01-01', to: '2023-12-31', granularity: 'QUARTER' }, 'csv', 'zh-CN'), 'http://x');
    expect(parsed.pathname).toBe('/export/indicator-series.csv');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({ key: 'childcare_slots', scopeCode: '421002', from: '2023-01-01', to: '2023-12-31', granularity: 'QUARTER' });
  });
});

describe('fileNameOf', () => {
  it('prefers the UTF-8 file name, then the plain one, then the fallback', () => {
    expect(fileNameOf(`attachment; filename="institutions.csv"; filename*=UTF-8''${encodeURIComponent('托育机构-421000-2026-11-30.csv')}`, 'x')).toBe('托育机构-421000-2026-11-30.csv');
    expect(fileNameOf('attachment; filename="institutions.csv"', 'x')).toBe('institutions.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A", 'bad.csv')).toBe('bad.csv');
  });
});
