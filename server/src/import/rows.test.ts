import { describe, expect, it } from 'vitest';
import { MAX_DATA_ROWS, normalizeHeader, parseTable, type ColumnSpec } from './rows.js';
import { parseWholeNumber } from './values.js';

const columns: ColumnSpec[] = [
  { field: 'name', headers: ['机构名称', '名称', 'name'], required: true, parse: (raw) => ({ value: raw }) },
  {
    field: 'slots',
    headers: ['托位数', 'slots'],
    required: true,
    parse: (raw) => {
      const value = parseWholeNumber(raw, 0, 10_000);
      return value === null ? { error: '托位数须为 0 到 10000 之间的整数 / slots must be a whole number from 0 to 10,000' } : { value };
    },
  },
  { field: 'note', headers: ['备注（选填）', 'note'], required: false, parse: (raw) => ({ value: raw === '' ? null : raw }) },
];

describe('parseTable', () => {
  it('numbers rows as Excel does: header row 1, first data row 2', () => {
    const { rows, errors } = parseTable('机构名称,托位数\n甲,10\n乙,-1\n', columns);
    expect(rows).toEqual([{ row: 2, name: '甲', slots: 10, note: null }]);
    expect(errors).toEqual([{ row: 3, column: '托位数', message: '托位数须为 0 到 10000 之间的整数 / slots must be a whole number from 0 to 10,000' }]);
  });

  it('reports text the API refuses (NUL, a bidi control, a control character) as the cell\'s error, and keeps line breaks as exports carry them', () => {
    // No lone surrogate: a file arrives as bytes, and decoding them never yields one.
    const file = '机构名称,托位数,note\n"甲\u0000",1,\n"abc\u202etxt",1,\n"a\u0007b",1,\n丙,1,"备注\n两行"\n';
    const { rows, errors } = parseTable(file, [...columns.slice(0, 2), { ...columns[2]!, field: 'reason' }]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, '机构名称'],
      [3, '机构名称'],
      [4, '机构名称'],
    ]);
    expect(errors[1]!.message).toMatch(/U\+202E/);
    expect(rows).toEqual([{ row: 5, name: '丙', slots: 1, reason: '备注\n两行' }]);
  });

  it('reports every error in the file, not just the first', () => {
    const { errors } = parseTable('名称,托位数\n,x\n乙,20000\n', columns);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, '名称'],
      [2, '托位数'],
      [3, '托位数'],
    ]);
    expect(errors[0]!.message).toBe('机构名称不能为空 / name is required');
  });

  it('matches header synonyms ignoring spaces, case and full-width parentheses', () => {
    const { rows, errors, labels } = parseTable(' Name ,托 位 数,备注(选填)\n甲,5,旧址\n', columns);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 2, name: '甲', slots: 5, note: '旧址' }]);
    expect(labels).toEqual({ name: 'Name', slots: '托 位 数', note: '备注(选填)' });
  });

  it('accepts a header with a unit in parentheses such as 托位数（个）', () => {
    const { rows, labels } = parseTable('机构名称,托位数（个）\n甲,5\n', columns);
    expect(rows).toHaveLength(1);
    expect(labels.slots).toBe('托位数（个）');
  });

  it('normalizes full-width parentheses and spaces in headers', () => {
    expect(normalizeHeader('备注（选填）')).toBe(normalizeHeader('备注 (选填)'));
    expect(normalizeHeader('\u3000*托位数')).toBe('托位数');
  });

  it('reports a missing required column once, at the header row, under the field name', () => {
    const { rows, errors } = parseTable('机构名称,备注\n甲,\n乙,\n丙,\n', columns);
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 1, column: 'slots' });
    expect(errors[0]!.message).toContain('托位数');
  });

  it('ignores unknown columns and fills a missing optional column with its default', () => {
    const { rows, errors } = parseTable('序号,机构名称,联系电话,托位数\n1,甲,0716-8123456,9\n', columns);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 2, name: '甲', slots: 9, note: null }]);
  });

  it('skips empty lines and blank Excel rows but keeps Excel row numbers', () => {
    const { rows, errors } = parseTable('机构名称,托位数\n\n甲,1\n , \n乙,x\n', columns);
    expect(rows.map((r) => r.row)).toEqual([3]);
    expect(errors).toEqual([expect.objectContaining({ row: 5, column: '托位数' })]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields in one cell and one row', () => {
    const text = '机构名称,托位数,note\r\n"童之梦, 沙市店",10,"一楼\r\n二楼"\r\n"“阳光”""宝贝""",20,\r\n乙,x,\r\n';
    const { rows, errors } = parseTable(text, columns);
    expect(rows).toEqual([
      { row: 2, name: '童之梦, 沙市店', slots: 10, note: '一楼\n二楼' },
      { row: 3, name: '“阳光”"宝贝"', slots: 20, note: null },
    ]);
    expect(errors).toEqual([expect.objectContaining({ row: 4, column: '托位数' })]);
  });

  it('finds the header below a title row and numbers rows from the top of the sheet', () => {
    const { rows, errors } = parseTable('沙市区托育机构汇总表,,\n机构名称,托位数,\n甲,3,\n', columns);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 3, name: '甲', slots: 3, note: null }]);
  });

  it('trims values, including ideographic spaces', () => {
    const { rows } = parseTable('机构名称,托位数\n\u3000甲 ,\u3000１２\n', columns);
    expect(rows).toEqual([{ row: 2, name: '甲', slots: 12, note: null }]);
  });

  it('refuses a file of more than 5,000 data rows with one error', () => {
    const text = `机构名称,托位数\n${'甲,1\n'.repeat(MAX_DATA_ROWS + 1)}`;
    const { rows, errors } = parseTable(text, columns);
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: MAX_DATA_ROWS + 2, column: '' });
    expect(errors[0]!.message).toContain('5,000');
  });

  it('accepts exactly 5,000 data rows', () => {
    const text = `机构名称,托位数\n${'甲,1\n'.repeat(MAX_DATA_ROWS)}`;
    const { rows, errors } = parseTable(text, columns);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(MAX_DATA_ROWS);
  });

  it('reports an unclosed quote as one error at its row', () => {
    const { rows, errors } = parseTable('机构名称,托位数\n甲,1\n"乙,2\n丙,3\n', columns);
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ row: 3, column: '' })]);
  });

  it('reports an empty file and a file without data rows', () => {
    expect(parseTable('', columns).errors).toEqual([expect.objectContaining({ row: 1, message: '文件为空 / The file is empty' })]);
    expect(parseTable('机构名称,托位数\r\n', columns).errors).toEqual([expect.objectContaining({ row: 2, column: '' })]);
  });

  it('reports a column given twice', () => {
    const { errors } = parseTable('机构名称,名称,托位数\n甲,乙,1\n', columns);
    expect(errors).toEqual([expect.objectContaining({ row: 1, column: '名称' })]);
  });

  it('reports a row rule on the column it names, as written in the file', () => {
    const { rows, errors } = parseTable('名称,托位数（个）\n甲,0\n乙,1\n', columns, {
      rowRules: [({ slots }) => (slots === 0 ? { field: 'slots', message: '无托位 / no slots' } : null)],
    });
    expect(rows.map((r) => r.name)).toEqual(['乙']);
    expect(errors).toEqual([{ row: 2, column: '托位数（个）', message: '无托位 / no slots' }]);
  });
});
