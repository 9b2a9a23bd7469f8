import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv, type Table } from './table.js';
import { institutionTable, type InstitutionRow } from './institution-table.js';
import { seriesTable } from './series-table.js';
import { parseInstitutionCsv } from '../import/institution-columns.js';
import { AgeClass, DemonstrationLevel, Ownership, PilotLevel } from '../childcare/institution.enums.js';

const table: Table = {
  title: { zh: '表', en: 'table' },
  columns: [
    { zh: '名称', en: 'name', type: 'text' },
    { zh: '数', en: 'n', type: 'number' },
  ],
  rows: [
    ['普通', 1],
    ['有,逗号', -2],
    ['有"引号"\n换行', null],
  ],
};

describe('toCsv', () => {
  it('starts with a byte order mark, ends lines with CRLF and quotes only cells that need it', () => {
    expect(toCsv(table, 'zh-CN')).toBe('\uFEFF名称,数\r\n普通,1\r\n"有,逗号",-2\r\n"有""引号""\n换行",\r\n');
  });

  it('quotes a cell that holds a lone line feed or carriage return, which a spreadsheet would read as a new row', () => {
    const breaks: Table = { ...table, rows: [['一\n行', 1], ['二\r行', 2]] };
    expect(toCsv(breaks, 'zh-CN')).toBe('\uFEFF名称,数\r\n"一\n行",1\r\n"二\r行",2\r\n');
  });

  it('writes English headers with lang en', () => {
    expect(toCsv(table, 'en').split('\r\n')[0]).toBe('\uFEFFname,n');
  });
});

describe('neutraliseFormula', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula, and leaves other text alone', () => {
    for (const text of ['=1+1', '+86 123', '-x', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ['托育', '1+1', 'a=b', '']) expect(neutraliseFormula(text)).toBe(text);
  });
});

const row: InstitutionRow = {
  id: '7',
  name: '沙市区示范托育园',
  district: { code: '421002', name: '沙市区' },
  township: { code: '421002001', name: '中山街道' },
  ownership: Ownership.KINDERGARTEN,
  inclusive: true,
  filedOn: null,
  demonstrationLevel: DemonstrationLevel.PROVINCIAL,
  pilotLevel: PilotLevel.NONE,
  slots: 120,
  enrolled: 96,
  ageClasses: [AgeClass.INFANT, AgeClass.TODDLER],
  address: '沙市区北京路 1 号',
  openedOn: '2021-09-01',
  closedOn: null,
  version: 3,
  updatedAt: '2026-11-30T01:02:03.000Z',
};

describe('institutionTable', () => {
  it('writes the words officials use, which the CSV import reads back', () => {
    const [cells] = institutionTable([row], 'zh-CN').rows;
    expect(cells).toEqual([7, '沙市区示范托育园', '沙市区', '421002', '中山街道', '421002001', '幼儿园办托班', '是', null, '省级', '无', 120, 96, '乳儿班、托小班', '沙市区北京路 1 号', '2021-09-01', null, 3, '2026-11-30T01:02:03.000Z']);
  });

  it('writes English words with lang en', () => {
    const [cells] = institutionTable([row], 'en').rows;
    expect(cells!.slice(6, 11)).toEqual(['kindergarten', 'yes', null, 'provincial', 'none']);
    expect(cells![13]).toBe('infant, toddler');
  });
});

describe('institutionTable without a township', () => {
  it('leaves both township cells empty for an institution whose township is not recorded', () => {
    const [cells] = institutionTable([{ ...row, township: null }], 'zh-CN').rows;
    expect(cells!.slice(4, 6)).toEqual([null, null]);
  });
});

describe('seriesTable', () => {
  it('repeats what is measured on every row and says which points are counted live', () => {
    const t = seriesTable(
      { indicator: { key: 'childcare_slots', nameZh: '托位数', nameEn: 'Childcare slots', unit: '个' }, scopeCode: '421000', points: [{ period: '2026-10-01', value: 14000, live: false }, { period: '2026-11-01', value: 14826, live: true }] },
      'zh-CN',
    );
    expect(t.rows).toEqual([
      ['childcare_slots', '托位数', '421000', '2026-10-01', 14000, '个', '填报'],
      ['childcare_slots', '托位数', '421000', '2026-11-01', 14826, '个', '实时'],
    ]);
  });
});

describe('an institutions export read by the CSV import', () => {
  it('imports back with the same values: the export writes the words the import reads', () => {
    const rows: InstitutionRow[] = [
      row,
      { ...row, id: '8', name: '社区托育点', ownership: Ownership.COMMUNITY, inclusive: false, filedOn: '2024-03-01', demonstrationLevel: DemonstrationLevel.CITY, pilotLevel: PilotLevel.PROVINCIAL, ageClasses: [AgeClass.PRESCHOOL] },
      ...[Ownership.PUBLIC, Ownership.PRIVATE, Ownership.EMPLOYER].map((ownership, i) => ({ ...row, id: String(10 + i), name: `托育园${i}`, ownership, demonstrationLevel: DemonstrationLevel.NATIONAL, pilotLevel: PilotLevel.CITY })),
    ];
    const parsed = parseInstitutionCsv(toCsv(institutionTable(rows, 'zh-CN'), 'zh-CN').slice(1), '2026-11-30');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map(({ row: _row, ...fields }) => fields)).toEqual(
      rows.map((r) => ({
        name: r.name,
        district: r.district.name,
        township: r.township?.name ?? null,
        ownership: r.ownership,
        inclusive: r.inclusive,
        filedOn: r.filedOn,
        demonstrationLevel: r.demonstrationLevel,
        pilotLevel: r.pilotLevel,
        slots: r.slots,
        enrolled: r.enrolled,
        ageClasses: r.ageClasses,
        address: r.address,
        openedOn: r.openedOn,
      })),
    );
  });
});
