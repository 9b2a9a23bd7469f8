import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLContext } from '../context.js';
import { City } from './city.entity.js';
import { District } from './district.entity.js';
import { cityByCode, districtByCode, listCities } from './geography.service.js';
import { atInstant, checkAsOf, instantOf } from '../common/as-of.js';

const AS_OF = {
  nullable: true,
  description: '回溯：托位等汇总与目标为该时刻的状态，由审计记录重建；机构列表仍为当前 / Time travel: the summed figures and targets as they stood at this instant, rebuilt from the audit trail (institution lists stay current)',
} as const;

@Resolver(() => City)
export class CityResolver {
  @Query(() => [City], { description: '全部城市 / All cities' })
  async cities(@Ctx() { em }: GraphQLContext, @Arg('asOf', () => DateTimeResolver, AS_OF) asOf?: Date | null): Promise<City[]> {
    const instant = asOf ? checkAsOf(asOf, new Date()) : null;
    return (await listCities(em)).map((c) => atInstant(c, instant));
  }

  @Query(() => City, { nullable: true, description: '按行政区划代码查城市 / A city by its code' })
  async city(@Arg('code', () => String) code: string, @Ctx() { em }: GraphQLContext, @Arg('asOf', () => DateTimeResolver, AS_OF) asOf?: Date | null): Promise<City | null> {
    const instant = asOf ? checkAsOf(asOf, new Date()) : null;
    const city = await cityByCode(em, code);
    return city && atInstant(city, instant);
  }

  @FieldResolver(() => [District], { description: '下辖区县 / The city’s districts' })
  async districts(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<District[]> {
    const asOf = instantOf(city);
    return (await loaders.districtsOfCity.load(city.id)).map((d) => atInstant(d, asOf));
  }
}

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true, description: '按行政区划代码查区县 / A district by its code' })
  async district(@Arg('code', () => String) code: string, @Ctx() { em }: GraphQLContext, @Arg('asOf', () => DateTimeResolver, AS_OF) asOf?: Date | null): Promise<District | null> {
    const instant = asOf ? checkAsOf(asOf, new Date()) : null;
    const district = await districtByCode(em, code);
    return district && atInstant(district, instant);
  }

  @FieldResolver(() => City, { description: '所属城市 / The city it belongs to' })
  async city(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<City> {
    return atInstant(await loaders.city.load(district.city.id), instantOf(district));
  }
}
