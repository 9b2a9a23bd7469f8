import { AGE_CLASS_WORDS, DEMONSTRATION_WORDS, INSTITUTION_FIELDS, OWNERSHIP_WORDS, PILOT_WORDS, type InstitutionField, type InstitutionFields, type Word } from '../childcare/institution.fields.js';
import type { Table, TableColumn } from './table.js';

/** An institution as the export's GraphQL document selects it. */
export interface InstitutionRow extends InstitutionFields {
  id: string;
  district: { code: string; name: string };
  township: { code: string; name: string } | null;
  closedOn: string | null;
  version: number;
  updatedAt: string;
}

export const INSTITUTION_SELECTION = 'id name district { code name } township { code name } ownership inclusive filedOn demonstrationLevel pilotLevel slots enrolled ageClasses address openedOn closedOn version updatedAt';

// The words are those officials use, the same the CSV import reads (childcare/institution.fields.ts),
// so an exported file reads naturally and its columns import back.
function column(field: InstitutionField): TableColumn {
  return { zh: field.zh, en: field.en, type: field.type === 'number' || field.type === 'date' ? field.type : 'text' };
}

const [name, district, township, ...rest] = INSTITUTION_FIELDS.map(column);
const COLUMNS: TableColumn[] = [
  { zh: '机构编号', en: 'id', type: 'number' },
  name!,
  district!,
  // Not 区县代码 / districtCode: the import would read it as a second district column.
  { zh: '行政区划代码', en: 'adminCode', type: 'text' },
  township!,
  // The name imports back (乡镇街道 is an import header); the code column is for reference only.
  { zh: '乡镇街道统计代码', en: 'townshipStatCode', type: 'text' },
  ...rest,
  { zh: '版本', en: 'version', type: 'number' },
  { zh: '更新时间', en: 'updatedAt', type: 'text' },
];

/** The rows of an institutions export, in the order the API returned them. */
export function institutionTable(rows: readonly InstitutionRow[], lang: 'zh-CN' | 'en'): Table {
  const word = (w: Word) => (lang === 'en' ? w.en : w.zh);
  const yes = lang === 'en' ? 'yes' : '是';
  const no = lang === 'en' ? 'no' : '否';
  return {
    title: { zh: '托育机构', en: 'institutions' },
    columns: COLUMNS,
    rows: rows.map((r) => [
      Number(r.id),
      r.name,
      r.district.name,
      r.district.code,
      r.township?.name ?? null,
      r.township?.code ?? null,
      word(OWNERSHIP_WORDS[r.ownership]),
      r.inclusive ? yes : no,
      r.filedOn,
      word(DEMONSTRATION_WORDS[r.demonstrationLevel]),
      word(PILOT_WORDS[r.pilotLevel]),
      r.slots,
      r.enrolled,
      r.ageClasses.map((c) => word(AGE_CLASS_WORDS[c])).join(lang === 'en' ? ', ' : '、'),
      r.address,
      r.openedOn,
      r.closedOn,
      r.version,
      r.updatedAt,
    ]),
  };
}
