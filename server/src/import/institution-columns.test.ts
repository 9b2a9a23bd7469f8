import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AgeClass, DemonstrationLevel, Ownership, PilotLevel } from '../childcare/institution.enums.js';
import { decodeCsv } from './decode.js';
import { parseInstitutionCsv } from './institution-columns.js';

const TODAY = '2024-03-20';
const HEADER = '机构名称,所属区县,举办主体,是否普惠,备案日期,示范级别,试点级别,托位数,在托人数,班型,地址,开业日期';
const GOOD = '童之梦托育中心,沙市区,民办,是,2022/6/15,市级,无,120,96,乳儿班、托小班,荆州市沙市区北京中路 218 号,2021/9/1';

/** A file of the header and the given rows, with cells overridden by header name. */
function file(rows: Record<string, string>[]): string {
  const headers = HEADER.split(',');
  const base = GOOD.split(',');
  const lines = rows.map((changes) => headers.map((header, i) => changes[header] ?? base[i]).join(','));
  return [HEADER, ...lines].join('\r\n');
}

function fixture(name: string): string {
  return decodeCsv(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))).text;
}

describe('parseInstitutionCsv', () => {
  it('reads a complete row into typed values', () => {
    const { rows, errors } = parseInstitutionCsv(file([{}]), TODAY);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        name: '童之梦托育中心',
        district: '沙市区',
        township: null,
        ownership: Ownership.PRIVATE,
        inclusive: true,
        filedOn: '2022-06-15',
        demonstrationLevel: DemonstrationLevel.CITY,
        pilotLevel: PilotLevel.NONE,
        slots: 120,
        enrolled: 96,
        ageClasses: [AgeClass.INFANT, AgeClass.TODDLER],
        address: '荆州市沙市区北京中路 218 号',
        openedOn: '2021-09-01',
      },
    ]);
  });

  it('reads a 乡镇街道 column as a 9-digit code (full-width digits too) or a name, and refuses a code of another length', () => {
    const text = [`${HEADER},乡镇街道`, `${GOOD},４２１００２００１`, `${GOOD.replace('童之梦', '童之乐')},岑河镇`, `${GOOD.replace('童之梦', '童之家')},42100200`].join('\r\n');
    const { rows, errors } = parseInstitutionCsv(text, TODAY);
    expect(rows.map((r) => r.township)).toEqual(['421002001', '岑河镇']);
    expect(errors).toEqual([{ row: 4, column: '乡镇街道', message: '乡镇街道代码须为 9 位数字 / township code must have 9 digits' }]);
  });

  it('reports the row and column of a negative slot count in a file of 100 rows', () => {
    const rows = Array.from({ length: 100 }, (_, i): Record<string, string> => (i === 56 ? { 托位数: '-5' } : { 机构名称: `托育中心${i + 1}` }));
    const result = parseInstitutionCsv(file(rows), TODAY);
    expect(result.errors).toEqual([{ row: 58, column: '托位数', message: '托位数须为 0 到 10000 之间的整数 / slots must be a whole number from 0 to 10,000' }]);
    expect(result.rows).toHaveLength(99);
  });

  it('reports enrolled above slots on the 在托人数 column', () => {
    const { rows, errors } = parseInstitutionCsv(file([{}, { 托位数: '30', 在托人数: '31' }]), TODAY);
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(errors).toEqual([{ row: 3, column: '在托人数', message: '在托人数（31）不能超过托位数（30）/ enrolled (31) must not exceed slots (30)' }]);
  });

  it('accepts enrolled equal to slots', () => {
    expect(parseInstitutionCsv(file([{ 托位数: '30', 在托人数: '30' }]), TODAY).errors).toEqual([]);
  });

  it('reads full-width digits and thousands separators in counts', () => {
    const { rows, errors } = parseInstitutionCsv(file([{ 托位数: '"1,050"', 在托人数: '８１２' }]), TODAY);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ slots: 1050, enrolled: 812 });
  });

  it('reads dates written as YYYY-MM-DD, YYYY/M/D and YYYY年M月D日', () => {
    const { rows, errors } = parseInstitutionCsv(
      file([{ 开业日期: '2021-09-01' }, { 开业日期: '2021/9/1' }, { 开业日期: '2021年9月1日', 备案日期: '2022年6月15日' }]),
      TODAY,
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.openedOn, r.filedOn])).toEqual([
      ['2021-09-01', '2022-06-15'],
      ['2021-09-01', '2022-06-15'],
      ['2021-09-01', '2022-06-15'],
    ]);
  });

  it('refuses an opening date after today and a date that does not exist', () => {
    const { errors } = parseInstitutionCsv(file([{ 开业日期: '2024/3/21' }, { 备案日期: '2023/2/30' }, { 开业日期: TODAY }]), TODAY);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, '开业日期'],
      [3, '备案日期'],
    ]);
    expect(errors[0]!.message).toContain('2024-03-20');
  });

  it('maps ownership, levels, inclusive and age classes from Chinese labels and English names', () => {
    const { rows, errors } = parseInstitutionCsv(
      file([
        { 举办主体: '用人单位办', 是否普惠: 'N', 示范级别: '国家级', 试点级别: '省级', 班型: '托大班；托小班 托大班' },
        { 举办主体: 'kindergarten', 是否普惠: 'true', 示范级别: '', 试点级别: '', 班型: '', 备案日期: '未备案' },
      ]),
      TODAY,
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      ownership: Ownership.EMPLOYER,
      inclusive: false,
      demonstrationLevel: DemonstrationLevel.NATIONAL,
      pilotLevel: PilotLevel.PROVINCIAL,
      ageClasses: [AgeClass.PRESCHOOL, AgeClass.TODDLER],
    });
    expect(rows[1]).toMatchObject({
      ownership: Ownership.KINDERGARTEN,
      inclusive: true,
      demonstrationLevel: DemonstrationLevel.NONE,
      pilotLevel: PilotLevel.NONE,
      ageClasses: [],
      filedOn: null,
    });
  });

  it('refuses unknown labels with the accepted values in the message', () => {
    const { errors } = parseInstitutionCsv(file([{ 举办主体: '私立', 是否普惠: '也许', 试点级别: '国家级', 班型: '幼儿班' }]), TODAY);
    expect(errors.map((e) => e.column)).toEqual(['举办主体', '是否普惠', '试点级别', '班型']);
    expect(errors[0]!.message).toContain('公办、民办');
  });

  it('checks name and address lengths and district codes', () => {
    const { errors } = parseInstitutionCsv(file([{ 机构名称: '托'.repeat(101), 地址: '路'.repeat(201), 所属区县: '42100' }]), TODAY);
    expect(errors.map((e) => e.column)).toEqual(['机构名称', '所属区县', '地址']);
    expect(parseInstitutionCsv(file([{ 机构名称: '托'.repeat(100), 所属区县: '４２１００２' }]), TODAY).rows[0]).toMatchObject({ district: '421002' });
  });

  it('reports each required column that is missing once', () => {
    const { rows, errors } = parseInstitutionCsv('机构名称,所属区县,举办主体,托位数,地址\n甲,沙市区,公办,10,某路\n乙,沙市区,公办,10,某路\n', TODAY);
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ row: 1, column: 'enrolled' }), expect.objectContaining({ row: 1, column: 'openedOn' })]);
  });

  it('reads the 沙市区 export with a title row, units in headers and extra columns', () => {
    const { rows, errors, labels } = parseInstitutionCsv(fixture('shashi-institutions.csv'), TODAY);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(labels).toMatchObject({ slots: '托位数（个）', enrolled: '在托人数（人）' });
    expect(rows[2]).toMatchObject({ district: '421002', ownership: Ownership.EMPLOYER, filedOn: null, ageClasses: [AgeClass.TODDLER, AgeClass.PRESCHOOL] });
    expect(rows[3]).toMatchObject({ address: '荆州市沙市区胜利街 36 号, 实验幼儿园内', filedOn: '2023-09-01', openedOn: '2019-09-01' });
    expect(rows[4]).toMatchObject({ name: '小橙子托育（沙市店）', address: '荆州市沙市区园林北路\n朝阳花园 5 栋 1 楼', filedOn: null });
  });

  it('reads the GBK export exactly as the UTF-8 one', () => {
    const gbk = parseInstitutionCsv(fixture('shashi-institutions-gbk.csv'), TODAY);
    expect(gbk).toEqual(parseInstitutionCsv(fixture('shashi-institutions.csv'), TODAY));
  });

  it('refuses a today that is not an ISO date', () => {
    expect(() => parseInstitutionCsv(file([{}]), '2024/3/20')).toThrow('ISO');
  });
});

describe('parseInstitutionCsv on a row with errors', () => {
  it('keeps the cells of a rejected row that did parse, so the district is checked in the same dry run', () => {
    const { rows, errors, rejected } = parseInstitutionCsv(file([{ 所属区县: '不存在区', 托位数: '-5' }]), TODAY);
    expect(rows).toEqual([]);
    expect(errors.some((e) => e.column === '托位数')).toBe(true);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ row: 2, district: '不存在区' });
  });
});
