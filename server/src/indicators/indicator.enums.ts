import { registerEnumType } from 'type-graphql';

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
