import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CoverageUnit, PaceStatus, TargetKind } from './target.enums.js';

@ObjectType('TargetCoverage', { description: '覆盖率目标的乡镇覆盖情况 / Townships covered, for a COVERAGE target' })
export class TargetCoverage {
  @Field(() => Int, { description: '已覆盖的乡镇（街道）数：至少一家开业普惠机构 / Townships with at least one open inclusive institution' })
  covered!: number;

  @Field(() => Int, { description: '计入的乡镇（街道）总数：街道、镇、乡，不含管理区、农场等 / Townships counted: sub-districts, towns and townships, not farms or zones' })
  total!: number;
}

@ObjectType('Target', { description: '工作目标及其进度，如 2023年新增托位2000个 / A target with its progress, e.g. 2,000 new slots in 2023' })
export class TargetView {
  @Field(() => ID, { description: '标识 / Identifier' })
  id!: number;

  @Field(() => String, { description: '标题 / Title' })
  title!: string;

  @Field(() => TargetKind, { description: '目标类型 / Kind' })
  kind!: TargetKind;

  @Field(() => String, { description: '考核指标键 / Key of the indicator measured' })
  indicatorKey!: string;

  @Field(() => String, { description: '考核指标单位 / Unit of the figures below' })
  unit!: string;

  @Field(() => String, { description: '目标所属城市或区县代码 / Code of the city or district the target is for' })
  scopeCode!: string;

  @Field(() => LocalDateResolver, { description: '起始日期 / Start of the target period' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: '截止日期 / Deadline' })
  deadline!: string;

  @Field(() => Float, { description: '基数（PER_1000 为每千人口比例）/ Baseline (a per-1,000 ratio for PER_1000)' })
  baseline!: number;

  @Field(() => Float, { description: '目标值：INCREASE 为新增量，其余为目标水平 / The increase asked for (INCREASE) or the level to reach' })
  targetValue!: number;

  @Field(() => Float, { nullable: true, description: '当前值：今日值，期满后为截止日的值 / Current figure: today, or at the deadline once it has passed' })
  currentValue!: number | null;

  @Field(() => Float, { nullable: true, description: '完成进度，1 为完成，1.43 即 143% / Progress; 1 means met, 1.43 means 143%' })
  progress!: number | null;

  @Field(() => Float, { description: '序时进度：目标期已过去的比例 / Share of the target period elapsed' })
  expectedProgress!: number;

  @Field(() => Boolean, { nullable: true, description: '是否达到序时进度 / Whether progress keeps up with time elapsed' })
  onTrack!: boolean | null;

  @Field(() => Float, { nullable: true, description: '落后序时进度的百分点，领先为负；无当前值时为空 / Percentage points behind the expected progress (negative when ahead); null without a current figure' })
  gapPoints!: number | null;

  @Field(() => PaceStatus, { description: '进度状态：已完成 / 绿 / 黄 / 红，阈值按城市设置 / Pace: met, on pace, behind, far behind, by the city’s thresholds' })
  pace!: PaceStatus;

  @Field(() => TargetCoverage, { nullable: true, description: '覆盖率目标：已覆盖 / 总数（其余目标为空）/ For a COVERAGE target: townships covered of those counted' })
  coverage!: TargetCoverage | null;

  @Field(() => CoverageUnit, { nullable: true, description: '覆盖率目标按乡镇或县区计（其余目标为空）/ What a COVERAGE target counts: townships or districts (null for other kinds)' })
  coverageUnit!: CoverageUnit | null;

  /** The city target this is a district part of; served through Target.parent. */
  parentId!: number | null;

  @Field(() => Int, { description: '版本号 / Version, for optimistic locking' })
  version!: number;
}
