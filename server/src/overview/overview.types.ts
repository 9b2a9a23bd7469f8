import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { DistrictKind } from '../geography/district.enums.js';
import { IndicatorCategory } from '../indicators/indicator.enums.js';
import { TargetView } from '../targets/target.type.js';

@ObjectType({ description: '区县一行：大屏地图与排名所需数据 / One district row: what the wall map and ranking need' })
export class DistrictFigures {
  @Field(() => String, { description: '区县代码 / District code' }) code!: string;
  @Field(() => String, { description: '名称 / Chinese name' }) name!: string;
  @Field(() => String, { description: '英文名称 / English name' }) nameEn!: string;
  @Field(() => DistrictKind, { description: '类型 / Kind' }) kind!: DistrictKind;
  @Field(() => Int, { description: '常住人口 / Residents' }) population!: number;
  @Field(() => Int, { description: '3岁以下婴幼儿数 / Children under 3' }) childrenUnder3!: number;
  @Field(() => Int, { description: '60岁及以上人口 / Residents aged 60+' }) residents60Plus!: number;
  @Field(() => Int, { description: '托位数（个）/ Childcare slots' }) slots!: number;
  @Field(() => Int, { description: '在托婴幼儿数（人）/ Children enrolled' }) enrolled!: number;
  @Field(() => Int, { description: '开业托育机构数 / Open institutions' }) institutionCount!: number;
  @Field(() => Int, { description: '已备案机构数 / Filed institutions' }) filedInstitutionCount!: number;
  @Field(() => Int, { description: '普惠机构数 / Inclusive institutions' }) inclusiveInstitutionCount!: number;
  @Field(() => Float, { nullable: true, description: '每千人口托位数 / Slots per 1,000 residents' }) slotsPer1000!: number | null;
  @Field(() => Float, { nullable: true, description: '养老床位数（张）/ Elderly-care beds' }) elderlyCareBeds!: number | null;
  @Field(() => Float, { nullable: true, description: '每千名老年人养老床位数（张）/ Beds per 1,000 residents aged 60+' }) bedsPer1000Elderly!: number | null;
}

@ObjectType({ description: '“一老一小”指标卡 / An indicator card of the 一老一小 panel' })
export class IndicatorCard {
  @Field(() => String, { description: '指标键 / Key' }) key!: string;
  @Field(() => String, { description: '中文名称 / Chinese name' }) nameZh!: string;
  @Field(() => String, { description: '英文名称 / English name' }) nameEn!: string;
  @Field(() => IndicatorCategory, { description: '类别 / Category' }) category!: IndicatorCategory;
  @Field(() => String, { description: '单位 / Unit' }) unit!: string;
  @Field(() => Boolean, { description: '是否越高越好 / Higher is better' }) higherIsBetter!: boolean;
  @Field(() => Float, { nullable: true, description: '当前值 / Current value' }) value!: number | null;
  @Field(() => Float, { nullable: true, description: '上年同期值 / Value one year earlier' }) yearAgoValue!: number | null;
}

@ObjectType({ description: '一块大屏所需的全部数据，一次往返 / Everything one wall screen needs, in one round trip' })
export class CityOverview {
  @Field(() => String, { description: '城市代码 / City code' }) code!: string;
  @Field(() => String, { description: '城市名称 / City name' }) name!: string;
  @Field(() => String, { description: '英文名称 / English name' }) nameEn!: string;
  @Field(() => String, { description: '省份 / Province' }) province!: string;
  @Field(() => Int, { description: '常住人口 / Residents' }) population!: number;
  @Field(() => Int, { description: '3岁以下婴幼儿数 / Children under 3' }) childrenUnder3!: number;
  @Field(() => Int, { description: '60岁及以上人口 / Residents aged 60+' }) residents60Plus!: number;
  @Field(() => Int, { description: '托位数（个）/ Childcare slots' }) slots!: number;
  @Field(() => Int, { nullable: true, description: '上年同期托位数 / Slots one year earlier' }) slotsYearAgo!: number | null;
  @Field(() => Int, { nullable: true, description: '较上年同期增减 / Change on one year earlier' }) slotsChange!: number | null;
  @Field(() => Int, { description: '在托婴幼儿数（人）/ Children enrolled' }) enrolled!: number;
  @Field(() => Int, { description: '开业托育机构数 / Open institutions' }) institutionCount!: number;
  @Field(() => Int, { description: '已备案机构数 / Filed institutions' }) filedInstitutionCount!: number;
  @Field(() => Int, { description: '普惠机构数 / Inclusive institutions' }) inclusiveInstitutionCount!: number;
  @Field(() => Float, { nullable: true, description: '每千人口托位数 / Slots per 1,000 residents' }) slotsPer1000!: number | null;
  @Field(() => Float, { nullable: true, description: '养老床位数（张）/ Elderly-care beds' }) elderlyCareBeds!: number | null;
  @Field(() => Float, { nullable: true, description: '每千名老年人养老床位数（张）/ Beds per 1,000 residents aged 60+' }) bedsPer1000Elderly!: number | null;
  @Field(() => [DistrictFigures], { description: '各区县一行 / One row per district' }) districts!: DistrictFigures[];
  @Field(() => [TargetView], { description: '目标及进度 / Targets with progress' }) targets!: TargetView[];
  @Field(() => [IndicatorCard], { description: '一老一小指标卡 / 一老一小 indicator cards' }) indicators!: IndicatorCard[];
  @Field(() => DateTimeResolver, { nullable: true, description: '数据最后变更时间 / When the data last changed' }) lastChangedAt!: Date | null;
  @Field(() => DateTimeResolver, { description: '本快照生成时间 / When this snapshot was computed' }) generatedAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true, description: '回溯时点：数据为该时刻的状态，实时数据为空 / The instant these figures stood at (asOf); null for the live figures' }) asOf!: Date | null;
}
