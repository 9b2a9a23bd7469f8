import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('PaceThresholds', { description: '城市的进度预警阈值：落后序时进度多少个百分点 / A city’s pace thresholds: percentage points behind the expected progress' })
export class PaceThresholdsView {
  @Field(() => Float, { description: '从落后多少个百分点起为黄（BEHIND），默认 10 / Points behind from which a target is BEHIND (default 10)' })
  behindFrom!: number;

  @Field(() => Float, { description: '从落后多少个百分点起为红（FAR_BEHIND），默认 30 / Points behind from which a target is FAR_BEHIND (default 30)' })
  farBehindFrom!: number;

  @Field(() => Int, { description: '版本号；0 为从未修改的默认值 / Version; 0 for the defaults, never changed' })
  version!: number;
}
