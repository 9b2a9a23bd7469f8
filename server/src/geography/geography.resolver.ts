import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLContext } from '../context.js';
import { Institution } from '../childcare/institution.entity.js';
import { InstitutionOrder, InstitutionOrderField, SortDirection } from '../childcare/institution.inputs.js';
import { pageSize } from '../common/pagination.js';
import { TargetView } from '../targets/target.type.js';
import { City } from './city.entity.js';
import { District } from './district.entity.js';
import { cityByCode, districtByCode, listCities } from './geography.service.js';
import { LiveFiguresResolver } from './live-figures.resolver.js';
import { authorize, canReadCity } from '../auth/policy.js';
import { atInstant, checkAsOf, instantOf } from '../common/as-of.js';

const AS_OF = {
  nullable: true,
  description: '回溯：托位等汇总与目标为该时刻的状态，由审计记录重建；机构列表仍为当前 / Time travel: the summed figures and targets as they stood at this instant, rebuilt from the audit trail (institution lists stay current)',
} as const;

/** The figures of an area: counted now, or as they stood at the area's instant. */
function statsOf(loaders: GraphQLContext['loaders'], kind: 'city' | 'district', area: { id: number }) {
  const asOf = instantOf(area);
  if (asOf) return (kind === 'city' ? loaders.cityStatsAt : loaders.districtStatsAt).load({ id: area.id, asOf });
  return (kind === 'city' ? loaders.cityStats : loaders.districtStats).load(area.id);
}

@Resolver(() => City)
export class CityResolver extends LiveFiguresResolver(City, (context, city) => statsOf(context.loaders, 'city', city)) {
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

  @FieldResolver(() => [TargetView], { description: '本市及下辖区县的目标 / Targets of the city and its districts' })
  async targets(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<TargetView[]> {
    const asOf = instantOf(city);
    return asOf ? loaders.targetsOfCityAt.load({ city, asOf }) : loaders.targetsOfCity.load(city);
  }
}

@Resolver(() => District)
export class DistrictResolver extends LiveFiguresResolver(District, (context, district) => statsOf(context.loaders, 'district', district)) {
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

  @FieldResolver(() => [Institution], { description: '区内开业的托育机构（前 first 个；登录用户，本市）/ Open institutions of the district (the first `first`; signed-in, own city)' })
  institutions(
    @Root() district: District,
    @Ctx() { loaders, config, viewer }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: '最多返回个数，默认 20 / How many, default 20' }) first?: number | null,
    @Arg('orderBy', () => InstitutionOrder, { nullable: true, description: '排序，默认按名称 / Order, by name by default' }) orderBy?: InstitutionOrder | null,
  ): Promise<Institution[]> {
    authorize(viewer, canReadCity(viewer, district.city.id));
    return loaders.institutionsOfDistrict.load({
      districtId: district.id,
      first: pageSize(first, config.limits.maxPageSize),
      order: orderBy?.field ?? InstitutionOrderField.NAME,
      direction: orderBy?.direction ?? SortDirection.ASC,
    });
  }
}
