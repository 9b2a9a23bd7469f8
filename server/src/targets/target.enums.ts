import { registerEnumType } from 'type-graphql';

export enum TargetKind {
  LEVEL = 'LEVEL',
  INCREASE = 'INCREASE',
  PER_1000 = 'PER_1000',
}
registerEnumType(TargetKind, {
  name: 'TargetKind',
  description: '目标类型 / Kind of target',
  valuesConfig: {
    LEVEL: { description: '达到某一水平 / Reach a level' },
    INCREASE: { description: '较基数新增 / Increase over the baseline' },
    PER_1000: { description: '每千人口比例达到某一水平 / Reach a ratio per 1,000 residents' },
  },
});
