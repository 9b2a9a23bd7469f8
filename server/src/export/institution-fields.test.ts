import { describe, expect, it } from 'vitest';
import { institutionTable } from './institution-table.js';
import { institutionColumns } from '../import/institution-columns.js';
import { INSTITUTION_FIELDS } from '../childcare/institution.fields.js';

describe('the institution field list', () => {
  it('gives the export a column for every field, under the same Chinese and English labels', () => {
    const columns = institutionTable([], 'zh-CN').columns;
    for (const field of INSTITUTION_FIELDS) expect(columns).toContainEqual(expect.objectContaining({ zh: field.zh, en: field.en }));
  });

  it('lets the import read every field it accepts under its Chinese label first and its English name', () => {
    for (const column of institutionColumns('2026-01-01')) {
      const field = INSTITUTION_FIELDS.find((f) => f.key === column.field)!;
      expect(column.headers[0]).toBe(field.zh);
      expect(column.headers).toContain(field.en);
    }
  });

  it('lets the import read every field but those only the export writes', () => {
    const imported = institutionColumns('2026-01-01').map((column) => column.field);
    expect(imported).toEqual(INSTITUTION_FIELDS.filter((f) => !('exportOnly' in f)).map((f) => f.key));
  });

  it('still reads the headers files used before the list renamed them', () => {
    const headers = Object.fromEntries(institutionColumns('2026-01-01').map((column) => [column.field, column.headers]));
    expect(headers.pilotLevel).toContain('试点级别');
    expect(headers.ageClasses).toContain('班型');
  });
});
