import { registerEnumType } from 'type-graphql';

export enum TownshipKind {
  SUBDISTRICT = 'SUBDISTRICT',
  TOWN = 'TOWN',
  TOWNSHIP = 'TOWNSHIP',
  OTHER = 'OTHER',
}
registerEnumType(TownshipKind, {
  name: 'TownshipKind',
  description: '乡级区划类型（按统计用区划代码第 7-9 位）/ Kind of township-level unit, from digits 7-9 of its statistical code',
  valuesConfig: {
    SUBDISTRICT: { description: '街道（001-099）/ Urban sub-district' },
    TOWN: { description: '镇（100-199）/ Town' },
    TOWNSHIP: { description: '乡、民族乡（200-399）/ Township' },
    OTHER: { description: '类似乡级单位：管理区、农场、开发区、监狱等（400-599），不计入覆盖率 / Units like a township (management areas, farms, development zones, a prison); never counted for coverage' },
  },
});

/** The kinds a coverage target counts ("every township and sub-district"). */
export const COVERAGE_KINDS: readonly TownshipKind[] = [TownshipKind.SUBDISTRICT, TownshipKind.TOWN, TownshipKind.TOWNSHIP];
