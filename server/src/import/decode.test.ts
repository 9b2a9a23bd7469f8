import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../common/errors.js';
import { decodeBase64Csv, decodeCsv, MAX_CSV_BYTES } from './decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];
const COMMA = 0x2c;
const CRLF = [0x0d, 0x0a];
// GBK bytes, from Python's '机构名称'.encode('gbk') and so on.
const GBK_机构名称 = [0xbb, 0xfa, 0xb9, 0xb9, 0xc3, 0xfb, 0xb3, 0xc6];
const GBK_托位数 = [0xcd, 0xd0, 0xce, 0xbb, 0xca, 0xfd];
const GBK_童之梦 = [0xcd, 0xaf, 0xd6, 0xae, 0xc3, 0xce];
const ASCII_30 = [0x33, 0x30];

function fileErrorOf(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('decodeCsv', () => {
  it('reads UTF-8 without a BOM as UTF-8', () => {
    expect(decodeCsv(utf8('机构名称,托位数\n童之梦,30\n'))).toEqual({ text: '机构名称,托位数\n童之梦,30\n', encoding: 'UTF-8' });
  });

  it('strips the BOM Excel writes in "CSV UTF-8" files', () => {
    const decoded = decodeCsv(new Uint8Array([...BOM, ...utf8('机构名称,托位数')]));
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toBe('机构名称,托位数');
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads the GBK that Chinese Excel writes for plain CSV', () => {
    const bytes = new Uint8Array([...GBK_机构名称, COMMA, ...GBK_托位数, ...CRLF, ...GBK_童之梦, COMMA, ...ASCII_30, ...CRLF]);
    expect(decodeCsv(bytes)).toEqual({ text: '机构名称,托位数\r\n童之梦,30\r\n', encoding: 'GBK' });
  });

  it('reads the same 沙市区 export saved as CSV UTF-8 and as GBK CSV to the same text', () => {
    const utf = decodeCsv(readFileSync(new URL('./fixtures/shashi-institutions.csv', import.meta.url)));
    const gbk = decodeCsv(readFileSync(new URL('./fixtures/shashi-institutions-gbk.csv', import.meta.url)));
    expect(utf.encoding).toBe('UTF-8');
    expect(gbk.encoding).toBe('GBK');
    expect(gbk.text).toBe(utf.text);
    expect(utf.text).toContain('荆州市沙市区童之梦托育中心');
  });

  it('refuses an Excel workbook uploaded instead of a CSV', () => {
    const error = fileErrorOf(() => decodeCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(error.message).toContain('.xlsx');
  });

  it('refuses bytes that are neither UTF-8 nor GBK', () => {
    // 0x81 is a UTF-8 continuation byte and a GBK lead byte that a space cannot follow.
    const error = fileErrorOf(() => decodeCsv(new Uint8Array([0x61, 0x2c, 0x81, 0x20, 0x0a])));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('refuses a file over 5 MB', () => {
    const error = fileErrorOf(() => decodeCsv(new Uint8Array(MAX_CSV_BYTES + 1)));
    expect(error.extensions).toMatchObject({ field: 'file' });
    expect(error.message).toContain('5 MB');
  });
});

describe('decodeBase64Csv', () => {
  it('decodes a base64 GBK file', () => {
    const base64 = Buffer.from([...GBK_机构名称, COMMA, ...GBK_托位数]).toString('base64');
    expect(decodeBase64Csv(base64)).toEqual({ text: '机构名称,托位数', encoding: 'GBK' });
  });

  it('accepts the data URL a browser FileReader gives', () => {
    const base64 = Buffer.from('机构名称,托位数').toString('base64');
    expect(decodeBase64Csv(`data:text/csv;base64,${base64}`).text).toBe('机构名称,托位数');
  });

  it('refuses text that is not base64', () => {
    const error = fileErrorOf(() => decodeBase64Csv('机构名称,托位数'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(error.message).toContain('base64');
  });

  it('refuses base64 with a broken length', () => {
    expect(() => decodeBase64Csv('YWJjZA=')).toThrow(BadUserInputError);
  });

  it('refuses a base64 file over 5 MB before decoding it', () => {
    const base64 = 'A'.repeat(Math.ceil(((MAX_CSV_BYTES + 3) / 3) * 4));
    const error = fileErrorOf(() => decodeBase64Csv(base64));
    expect(error.extensions).toMatchObject({ field: 'file' });
    expect(error.message).toContain('5 MB');
  });

  it('accepts a base64 file of exactly 5 MB', () => {
    const base64 = Buffer.alloc(MAX_CSV_BYTES, 0x61).toString('base64');
    expect(decodeBase64Csv(base64).text).toHaveLength(MAX_CSV_BYTES);
  });
});
