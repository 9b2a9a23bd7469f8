/** The shapes of the wall's operations (wall-operations.ts), as the API answers them. */
export type DistrictKind = 'DISTRICT' | 'COUNTY' | 'COUNTY_CITY';
export type TargetKind = 'LEVEL' | 'INCREASE' | 'PER_1000';
export type IndicatorCategory = 'YOUNG' | 'OLD';

export interface WallDistrict {
  code: string;
  name: string;
  nameEn: string;
  kind: DistrictKind;
  population: number;
  slots: number;
  enrolled: number;
  institutionCount: number;
  filedInstitutionCount: number;
  inclusiveInstitutionCount: number;
  slotsPer1000: number | null;
  elderlyCareBeds: number | null;
  bedsPer1000Elderly: number | null;
}

export interface WallTarget {
  id: string;
  title: string;
  kind: TargetKind;
  indicatorKey: string;
  unit: string;
  deadline: string;
  baseline: number;
  targetValue: number;
  currentValue: number | null;
  /** 1 is met; 1.43 is 143%. */
  progress: number | null;
  /** 序时进度: the share of the target period elapsed, 0 to 1. */
  expectedProgress: number;
  onTrack: boolean | null;
}

export interface WallIndicator {
  key: string;
  nameZh: string;
  nameEn: string;
  category: IndicatorCategory;
  unit: string;
  higherIsBetter: boolean;
  value: number | null;
  yearAgoValue: number | null;
}

export interface WallOverview {
  code: string;
  name: string;
  nameEn: string;
  population: number;
  childrenUnder3: number;
  residents60Plus: number;
  slots: number;
  slotsYearAgo: number | null;
  slotsChange: number | null;
  enrolled: number;
  institutionCount: number;
  filedInstitutionCount: number;
  inclusiveInstitutionCount: number;
  slotsPer1000: number | null;
  elderlyCareBeds: number | null;
  bedsPer1000Elderly: number | null;
  districts: WallDistrict[];
  targets: WallTarget[];
  indicators: WallIndicator[];
  lastChangedAt: string | null;
  generatedAt: string;
}

export interface TrendPoint {
  /** ISO date of the month's first day. */
  period: string;
  value: number;
  live: boolean;
}

export interface TickerEvent {
  seq: string;
  at: string;
  kind: string;
  op: string;
  title: string;
  districtName: string | null;
  changes: { field: string; label: string; before: string | null; after: string | null }[];
  actorRole: string | null;
}
