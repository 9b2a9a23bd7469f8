import { registerEnumType } from 'type-graphql';

export enum Ownership {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  EMPLOYER = 'EMPLOYER',
  COMMUNITY = 'COMMUNITY',
  KINDERGARTEN = 'KINDERGARTEN',
}
registerEnumType(Ownership, {
  name: 'Ownership',
  description: '举办主体 / Who runs the institution',
  valuesConfig: {
    PUBLIC: { description: '公办 / Public' },
    PRIVATE: { description: '民办 / Private' },
    EMPLOYER: { description: '用人单位办 / Employer-run' },
    COMMUNITY: { description: '社区办 / Community-run' },
    KINDERGARTEN: { description: '幼儿园办托班 / Kindergarten-run' },
  },
});

export enum DemonstrationLevel {
  NONE = 'NONE',
  CITY = 'CITY',
  PROVINCIAL = 'PROVINCIAL',
  NATIONAL = 'NATIONAL',
}
registerEnumType(DemonstrationLevel, {
  name: 'DemonstrationLevel',
  description: '示范性托育机构级别 / Demonstration-institution level',
  valuesConfig: {
    NONE: { description: '非示范 / Not a demonstration institution' },
    CITY: { description: '市级 / City level' },
    PROVINCIAL: { description: '省级 / Provincial level' },
    NATIONAL: { description: '国家级 / National level' },
  },
});

export enum PilotLevel {
  NONE = 'NONE',
  CITY = 'CITY',
  PROVINCIAL = 'PROVINCIAL',
}
registerEnumType(PilotLevel, {
  name: 'PilotLevel',
  description: '普惠托育试点级别 / Inclusive-childcare pilot level',
  valuesConfig: {
    NONE: { description: '非试点 / Not a pilot' },
    CITY: { description: '市级试点 / City pilot' },
    PROVINCIAL: { description: '省级试点 / Provincial pilot' },
  },
});

export enum AgeClass {
  INFANT = 'INFANT',
  TODDLER = 'TODDLER',
  PRESCHOOL = 'PRESCHOOL',
}
registerEnumType(AgeClass, {
  name: 'AgeClass',
  description: '班型 / Age class offered',
  valuesConfig: {
    INFANT: { description: '乳儿班（6-12个月）/ 6-12 months' },
    TODDLER: { description: '托小班（12-24个月）/ 12-24 months' },
    PRESCHOOL: { description: '托大班（24-36个月）/ 24-36 months' },
  },
});
