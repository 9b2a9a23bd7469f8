import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, toBase64 } from './csv';
import { parseCsv } from './csv-records';
import { previewRows } from './import-preview';

const FILE = '\uFEFF机构名称,所属区县,托位数,在托人数\r\n甲托育园,沙市区,40,30\r\n"乙托育园, 分园",沙市区,-5,3\r\n丙托育园,不存在区,20,"2""5"\r\n';

describe('reading an import file in the browser', () => {
  it('decodes Excel’s UTF-8 with a BOM and its GBK', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(FILE))).toMatchObject({ encoding: 'UTF-8' });
    // "托位数" in GBK.
    expect(decodeCsvBytes(new Uint8Array([0xcd, 0xd0, 0xce, 0xbb, 0xca, 0xfd]))).toEqual({ text: '托位数', encoding: 'GBK' });
  });

  it('parses quoted cells, doubled quotes, CRLF and a last line break', () => {
    const records = parseCsv(decodeCsvBytes(new TextEncoder().encode(FILE))!.text)!;
    expect(records).toHaveLength(4);
    expect(records[0]![0]).toBe('机构名称');
    expect(records[2]).toEqual(['乙托育园, 分园', '沙市区', '-5', '3']);
    expect(records[3]![3]).toBe('2"5');
    expect(parseCsv('a,"b\nc"\nd,e')).toEqual([['a', 'b\nc'], ['d', 'e']]);
  });

  it('reads rows of different lengths and a stray quote inside a cell, as the server does', () => {
    expect(parseCsv('a,b,c\nd\ne,f"g,h\n')).toEqual([['a', 'b', 'c'], ['d'], ['e', 'f"g', 'h']]);
  });

  it('gives no records for a file with an unclosed quote, which the server refuses too', () => {
    expect(parseCsv('a,"b\nc,d\n')).toBeNull();
  });
});

describe('sending an import file', () => {
  it('encodes any bytes as base64, also past one chunk', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new TextEncoder().encode(FILE))).toBe(Buffer.from(FILE).toString('base64'));
  });
});

describe('the dry run’s preview of row errors', () => {
  const records = parseCsv(FILE.slice(1));
  const errors = [
    { row: 4, column: '所属区县', message: '本市没有区县“不存在区” / No district “不存在区” in your city' },
    { row: 3, column: '托位数', message: '托位数须为 0 到 10000 之间的整数 / slots must be a whole number from 0 to 10,000' },
    { row: 4, column: '在托人数', message: '在托人数须为不小于 0 的整数 / enrolled must be a whole number of 0 or more' },
    { row: 1, column: '', message: '缺少必填列“地址” / Missing column “地址”' },
  ];

  it('orders the errors by row, then by the file’s column order, with the offending cell', () => {
    expect(previewRows(errors, records, 'zh-CN')).toEqual([
      { row: 1, column: '', cell: null, message: '缺少必填列“地址”' },
      { row: 3, column: '托位数', cell: '-5', message: '托位数须为 0 到 10000 之间的整数' },
      { row: 4, column: '所属区县', cell: '不存在区', message: '本市没有区县“不存在区”' },
      { row: 4, column: '在托人数', cell: '2"5', message: '在托人数须为不小于 0 的整数' },
    ]);
  });

  it('finds the header below a title row', () => {
    const titled = parseCsv(`沙市区托育机构名单\n${FILE.slice(1)}`);
    const [first] = previewRows([{ row: 4, column: '托位数', message: '托位数有误 / bad slots' }], titled, 'en');
    expect(first).toEqual({ row: 4, column: '托位数', cell: '-5', message: 'bad slots' });
  });

  it('still lists every error when the file could not be read here', () => {
    expect(previewRows(errors, null, 'en').map((r) => [r.row, r.cell])).toEqual([[1, null], [3, null], [4, null], [4, null]]);
  });
});
