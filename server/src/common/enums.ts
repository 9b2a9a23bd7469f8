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

export enum IndicatorCategory {
  YOUNG = 'YOUNG',
  OLD = 'OLD',
}
registerEnumType(IndicatorCategory, {
  name: 'IndicatorCategory',
  description: '“一老一小”类别 / Which side of 一老一小',
  valuesConfig: {
    YOUNG: { description: '一小：托育 / Childcare for children under 3' },
    OLD: { description: '一老：养老 / Elderly care' },
  },
});

export enum Frequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
}
registerEnumType(Frequency, {
  name: 'Frequency',
  description: '更新频率 / How often the figure is updated',
  valuesConfig: {
    MONTHLY: { description: '月度 / Monthly' },
    QUARTERLY: { description: '季度 / Quarterly' },
    YEARLY: { description: '年度 / Yearly' },
  },
});

export enum Computation {
  STORED = 'STORED',
  LIVE = 'LIVE',
  DERIVED = 'DERIVED',
}
registerEnumType(Computation, {
  name: 'Computation',
  description: '指标取数方式 / How an indicator is obtained',
  valuesConfig: {
    STORED: { description: '填报值 / Recorded by staff or import' },
    LIVE: { description: '由机构数据实时汇总，历史月份留存快照 / Counted live from institutions; past periods kept as history' },
    DERIVED: { description: '由其他指标计算 / Computed from other figures' },
  },
});

export enum TargetKind {
  LEVEL = 'LEVEL',
  INCREASE = 'INCREASE',
  PER_1000 = 'PER_1000',
  COVERAGE = 'COVERAGE',
}
registerEnumType(TargetKind, {
  name: 'TargetKind',
  description: '目标类型 / Kind of target',
  valuesConfig: {
    LEVEL: { description: '达到某一水平 / Reach a level' },
    INCREASE: { description: '较基数新增 / Increase over the baseline' },
    PER_1000: { description: '每千人口比例达到某一水平 / Reach a ratio per 1,000 residents' },
    COVERAGE: { description: '乡镇（街道）普惠托育覆盖率达到某一水平（%），不计管理区、农场等 / Share of townships (街道, 镇, 乡; not farms or zones) with an open inclusive institution reaching a level, in %' },
  },
});

export enum Granularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(Granularity, {
  name: 'Granularity',
  description: '时间粒度 / Period length of a time series',
  valuesConfig: {
    MONTH: { description: '月 / Month' },
    QUARTER: { description: '季度 / Quarter' },
    YEAR: { description: '年 / Year' },
  },
});

export enum Role {
  LEADER = 'LEADER',
  ANALYST = 'ANALYST',
  STAFF = 'STAFF',
  CITY_ADMIN = 'CITY_ADMIN',
  DISPLAY = 'DISPLAY',
}
registerEnumType(Role, {
  name: 'Role',
  description: '角色 / Role',
  valuesConfig: {
    LEADER: { description: '领导：查看本市全部数据 / Leader: reads everything of their city' },
    ANALYST: { description: '分析员：查看全部数据、审计日志，可运行较重的分析查询 / Analyst: reads everything, heavier queries, the audit log' },
    STAFF: { description: '工作人员：编辑本人所辖区县的机构与指标 / Staff: edits institutions and indicator values of their own districts' },
    CITY_ADMIN: { description: '市级管理员：编辑本市全部数据，管理用户、目标与大屏令牌 / City admin: edits everything of their city, manages users, targets and screen tokens' },
    DISPLAY: { description: '大屏设备：只读、可吊销、限于一个城市 / Wall screen: read-only, revocable, one city' },
  },
});
