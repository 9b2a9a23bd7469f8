import { AgeClass, DemonstrationLevel, Ownership, PilotLevel } from '../common/enums.js';
import type { Table, TableColumn } from './table.js';

/** An institution as the export's GraphQL document selects it. */
export interface InstitutionRow {
  id: string;
  name: string;
  district: { code: string; name: string };
  township: { code: string; name: string } | null;
  ownership: Ownership;
  inclusive: boolean;
  filedOn: string | null;
  demonstrationLevel: DemonstrationLevel;
  pilotLevel: PilotLevel;
  slots: number;
  enrolled: number;
  ageClasses: AgeClass[];
  address: string;
  openedOn: string;
  closedOn: string | null;
  version: number;
  updatedAt: string;
}

export const INSTITUTION_FIELDS = 'id name district { code name } township { code name } ownership inclusive filedOn demonstrationLevel pilotLevel slots enrolled ageClasses address openedOn closedOn version updatedAt';

// The words officials use, the same the CSV import reads (import/institution-columns.ts), so an
// exported file reads naturally and its columns import back.
const OWNERSHIP: Record<Ownership, [string, string]> = {
  [Ownership.PUBLIC]: ['公办', 'public'],
  [Ownership.PRIVATE]: ['民办', 'private'],
  [Ownership.EMPLOYER]: ['用人单位办', 'employer'],
  [Ownership.COMMUNITY]: ['社区办', 'community'],
  [Ownership.KINDERGARTEN]: ['幼儿园办托班', 'kindergarten'],
};
const DEMONSTRATION: Record<DemonstrationLevel, [string, string]> = {
  [DemonstrationLevel.NONE]: ['无', 'none'],
  [DemonstrationLevel.CITY]: ['市级', 'city'],
  [DemonstrationLevel.PROVINCIAL]: ['省级', 'provincial'],
  [DemonstrationLevel.NATIONAL]: ['国家级', 'national'],
};
const PILOT: Record<PilotLevel, [string, string]> = {
  [PilotLevel.NONE]: ['无', 'none'],
  [PilotLevel.CITY]: ['市级', 'city'],
  [PilotLevel.PROVINCIAL]: ['省级', 'provincial'],
};
const AGE_CLASS: Record<AgeClass, [string, string]> = {
  [AgeClass.INFANT]: ['乳儿班', 'infant'],
  [AgeClass.TODDLER]: ['托小班', 'toddler'],
  [AgeClass.PRESCHOOL]: ['托大班', 'preschool'],
};

const COLUMNS: TableColumn[] = [
  { zh: '机构编号', en: 'id', type: 'number' },
  { zh: '机构名称', en: 'name', type: 'text' },
  { zh: '所属区县', en: 'district', type: 'text' },
  // Not 区县代码 / districtCode: the import would read it as a second district column.
  { zh: '行政区划代码', en: 'adminCode', type: 'text' },
  // The name imports back (乡镇街道 is an import header); the code column is for reference only.
  { zh: '乡镇街道', en: 'township', type: 'text' },
  { zh: '乡镇街道统计代码', en: 'townshipStatCode', type: 'text' },
  { zh: '举办主体', en: 'ownership', type: 'text' },
  { zh: '是否普惠', en: 'inclusive', type: 'text' },
  { zh: '备案日期', en: 'filedOn', type: 'date' },
  { zh: '示范级别', en: 'demonstrationLevel', type: 'text' },
  { zh: '试点级别', en: 'pilotLevel', type: 'text' },
  { zh: '托位数', en: 'slots', type: 'number' },
  { zh: '在托人数', en: 'enrolled', type: 'number' },
  { zh: '班型', en: 'ageClasses', type: 'text' },
  { zh: '地址', en: 'address', type: 'text' },
  { zh: '开业日期', en: 'openedOn', type: 'date' },
  { zh: '停办日期', en: 'closedOn', type: 'date' },
  { zh: '版本', en: 'version', type: 'number' },
  { zh: '更新时间', en: 'updatedAt', type: 'text' },
];

/** The rows of an institutions export, in the order the API returned them. */
export function institutionTable(rows: readonly InstitutionRow[], lang: 'zh-CN' | 'en'): Table {
  const word = (pair: [string, string]) => (lang === 'en' ? pair[1] : pair[0]);
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
      word(OWNERSHIP[r.ownership]),
      r.inclusive ? yes : no,
      r.filedOn,
      word(DEMONSTRATION[r.demonstrationLevel]),
      word(PILOT[r.pilotLevel]),
      r.slots,
      r.enrolled,
      r.ageClasses.map((c) => word(AGE_CLASS[c])).join(lang === 'en' ? ', ' : '、'),
      r.address,
      r.openedOn,
      r.closedOn,
      r.version,
      r.updatedAt,
    ]),
  };
}
