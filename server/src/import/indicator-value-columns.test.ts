import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from './decode.js';
import { parseIndicatorValueCsv } from './indicator-value-columns.js';

const TODAY = '2024-03-20';

function parse(lines: string[]) {
  return parseIndicatorValueCsv(['指标,区县,期间,数值,备注', ...lines].join('\n'), TODAY);
}

describe('parseIndicatorValueCsv', () => {
  it('reads the 荆州市 indicator export with keys, Chinese names, codes and three period formats', () => {
    const text = decodeCsv(readFileSync(new URL('./fixtures/jingzhou-indicator-values.csv', import.meta.url))).text;
    const { rows, errors } = parseIndicatorValueCsv(text, TODAY);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 2, indicatorKey: 'elderly_care_beds', scopeCode: '421002', period: '2024-03-01', value: 4860, sourceNote: '民政局季报' },
      { row: 3, indicatorKey: '养老床位数', scopeCode: '沙市区', period: '2024-02-01', value: 4820, sourceNote: null },
      { row: 4, indicatorKey: '老年助餐点数', scopeCode: '荆州市', period: '2024-01-01', value: 126, sourceNote: '含农村互助点, 36 个' },
      { row: 5, indicatorKey: 'childcare_vouchers', scopeCode: '421000', period: '2023-12-01', value: 352.5, sourceNote: '单位：万元' },
    ]);
  });

  it('accepts 城市 as the scope header', () => {
    const { rows } = parseIndicatorValueCsv('指标,城市,期间,数值\nelderly_care_beds,荆州市,2024-03,1\n', TODAY);
    expect(rows[0]).toMatchObject({ scopeCode: '荆州市' });
  });

  it('refuses a period after the current month but accepts the current month', () => {
    const { rows, errors } = parse(['a,沙市区,2024-04,1,', 'a,沙市区,2024年3月,1,']);
    expect(rows.map((r) => r.row)).toEqual([3]);
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: '期间' })]);
  });

  it('refuses negative values, more than 4 decimals and text, each on its own row', () => {
    const { errors } = parse(['a,沙市区,2024-01,-1,', 'a,沙市区,2024-01,0.12345,', 'a,沙市区,2024-01,约100,', 'a,沙市区,2024-01,0.1234,']);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, '数值'],
      [3, '数值'],
      [4, '数值'],
    ]);
    expect(errors[1]!.message).toBe('数值最多 4 位小数 / value may have at most 4 decimal places');
  });

  it('reads full-width digits and separators in values', () => {
    const { rows } = parse(['a,沙市区,２０２４年１月,"１，２３４．５",']);
    expect(rows[0]).toMatchObject({ period: '2024-01-01', value: 1234.5 });
  });

  it('limits a note to 200 characters', () => {
    const { errors } = parse([`a,沙市区,2024-01,1,${'注'.repeat(201)}`, `a,沙市区,2024-01,1,${'注'.repeat(200)}`]);
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: '备注' })]);
  });

  it('reports a missing value column once', () => {
    const { errors } = parseIndicatorValueCsv('指标,区县,期间\na,沙市区,2024-01\nb,沙市区,2024-01\n', TODAY);
    expect(errors).toEqual([expect.objectContaining({ row: 1, column: 'value' })]);
  });
});
