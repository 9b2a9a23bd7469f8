import { registerEnumType } from 'type-graphql';

export enum DistrictKind {
  DISTRICT = 'DISTRICT',
  COUNTY = 'COUNTY',
  COUNTY_CITY = 'COUNTY_CITY',
}
registerEnumType(DistrictKind, {
  name: 'DistrictKind',
  description: '区县类型 / Kind of county-level division',
  valuesConfig: {
    DISTRICT: { description: '区 / Urban district' },
    COUNTY: { description: '县 / County' },
    COUNTY_CITY: { description: '县级市 / County-level city' },
  },
});
