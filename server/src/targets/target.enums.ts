import { registerEnumType } from 'type-graphql';

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

export enum CoverageUnit {
  TOWNSHIP = 'TOWNSHIP',
  DISTRICT = 'DISTRICT',
}
registerEnumType(CoverageUnit, {
  name: 'CoverageUnit',
  description: '覆盖率目标按什么计：乡镇（街道）或县区 / What a COVERAGE target counts: townships, or districts (县区全覆盖)',
  valuesConfig: {
    TOWNSHIP: { description: '乡镇（街道）：街道、镇、乡中有开业普惠机构的比例 / Share of sub-districts, towns and townships with an open inclusive institution' },
    DISTRICT: { description: '县区：有开业普惠机构的区县比例（县区全覆盖）/ Share of districts with an open inclusive institution (县区全覆盖)' },
  },
});

export enum PaceStatus {
  MET = 'MET',
  ON_PACE = 'ON_PACE',
  BEHIND = 'BEHIND',
  FAR_BEHIND = 'FAR_BEHIND',
}
registerEnumType(PaceStatus, {
  name: 'PaceStatus',
  description: '目标进度状态：与序时进度相比 / How a target keeps up with its expected progress (序时进度)',
  valuesConfig: {
    MET: { description: '已完成 / Met' },
    ON_PACE: { description: '绿：达到或接近序时进度 / Green: on pace' },
    BEHIND: { description: '黄：落后序时进度 / Amber: behind' },
    FAR_BEHIND: { description: '红：严重落后序时进度 / Red: far behind' },
  },
});
