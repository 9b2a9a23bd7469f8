import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLContext } from '../context.js';
import { atInstant, checkAsOf, instantOf } from '../common/as-of.js';
import { District } from './district.entity.js';
import { Township } from './township.entity.js';
import { townshipByCode } from './township.service.js';

@Resolver(() => Township)
export class TownshipResolver {
  @Query(() => Township, { nullable: true, description: '按统计用区划代码查乡镇街道 / A township by its 9-digit code' })
  async township(
    @Arg('code', () => String) code: string,
    @Ctx() { em }: GraphQLContext,
    @Arg('asOf', () => DateTimeResolver, { nullable: true, description: '回溯：机构汇总为该时刻的状态 / Its figures as they stood at this instant' }) asOf?: Date | null,
  ): Promise<Township | null> {
    const instant = asOf ? checkAsOf(asOf, new Date()) : null;
    const township = await townshipByCode(em, code);
    return township && atInstant(township, instant);
  }

  @FieldResolver(() => District, { description: '所属区县 / The district it belongs to' })
  async district(@Root() township: Township, @Ctx() { loaders }: GraphQLContext): Promise<District> {
    return atInstant(await loaders.district.load(township.district.id), instantOf(township));
  }
}

@Resolver(() => District)
export class DistrictTownshipsResolver {
  @FieldResolver(() => [Township], { description: '下辖乡镇街道（按代码）/ The district’s townships, by code' })
  async townships(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<Township[]> {
    const asOf = instantOf(district);
    return (await loaders.townshipsOfDistrict.load(district.id)).map((t) => atInstant(t, asOf));
  }
}
