// The shape of the demo data set: plain values, no ORM, so it can be built and checked
// by pure functions and persisted by the seeder in one transaction.
import type { TownshipKind } from '../../geography/township.enums.js';
import type { PlainInstitutionFields } from '../../childcare/institution.fields.js';

export type DistrictKind = 'DISTRICT' | 'COUNTY' | 'COUNTY_CITY';
export type Ownership = 'PUBLIC' | 'PRIVATE' | 'EMPLOYER' | 'COMMUNITY' | 'KINDERGARTEN';
export type DemonstrationLevel = 'NONE' | 'CITY' | 'PROVINCIAL' | 'NATIONAL';
export type PilotLevel = 'NONE' | 'CITY' | 'PROVINCIAL';
/** 6-12 months (乳儿班), 12-24 months (托小班), 24-36 months (托大班). */
export type AgeClass = 'INFANT' | 'TODDLER' | 'PRESCHOOL';
export type IndicatorCategory = 'YOUNG' | 'OLD';
export type Frequency = 'MONTHLY' | 'QUARTERLY' | 'YEARLY';
export type TargetKind = 'LEVEL' | 'INCREASE' | 'PER_1000' | 'COVERAGE';
/**
 * How an indicator's figures come about: STORED values are recorded (by staff or import);
 * LIVE ones are counted from the institutions table now, with stored rows only as history;
 * DERIVED ones are computed from other figures (the formula says how) and never stored.
 */
export type Computation = 'STORED' | 'LIVE' | 'DERIVED';

export interface DemoCity {
  code: string;
  name: string;
  nameEn: string;
  province: string;
  population: number;
  childrenUnder3: number;
}

export interface DemoDistrict {
  code: string;
  cityCode: string;
  name: string;
  nameEn: string;
  kind: DistrictKind;
  population: number;
  childrenUnder3: number;
  residents60Plus: number;
}

export interface DemoTownship {
  /** 9-digit statistical code (db/reference/townships.csv). */
  code: string;
  districtCode: string;
  name: string;
  kind: TownshipKind;
  population: number;
  childrenUnder3: number;
  populationNote: string;
}

export interface DemoInstitution extends PlainInstitutionFields {
  districtCode: string;
  /** The township of its district it sits in. */
  townshipCode: string;
  closedOn: string | null;
}

export interface DemoIndicator {
  key: string;
  nameZh: string;
  nameEn: string;
  category: IndicatorCategory;
  unit: string;
  definition: string;
  formula: string | null;
  source: string;
  frequency: Frequency;
  computation: Computation;
  higherIsBetter: boolean;
}

export interface DemoIndicatorValue {
  indicatorKey: string;
  /** Exactly one of cityCode / districtCode is set. */
  cityCode: string | null;
  districtCode: string | null;
  /** ISO date of the first day of the period (month, quarter or year). */
  period: string;
  value: number;
  sourceNote: string;
}

export interface DemoTarget {
  cityCode: string | null;
  districtCode: string | null;
  indicatorKey: string;
  title: string;
  kind: TargetKind;
  startsOn: string;
  deadline: string;
  baseline: number;
  targetValue: number;
  /** COVERAGE targets: what is counted (townships unless said). */
  coverageUnit?: 'TOWNSHIP' | 'DISTRICT';
  /** A city target's district parts, adding up to its targetValue. */
  parts?: DemoTargetPart[];
}

export interface DemoTargetPart {
  districtCode: string;
  title: string;
  baseline: number;
  targetValue: number;
}

export interface DemoData {
  cities: DemoCity[];
  districts: DemoDistrict[];
  townships: DemoTownship[];
  institutions: DemoInstitution[];
  indicators: DemoIndicator[];
  indicatorValues: DemoIndicatorValue[];
  targets: DemoTarget[];
}
