import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
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

@Resolver(() => City)
export class CityResolver extends LiveFiguresResolver(City, (context, city) => context.loaders.cityStats.load(city.id)) {
  @Query(() => [City], { description: '全部城市 / All cities' })
  cities(@Ctx() { em }: GraphQLContext): Promise<City[]> {
    return listCities(em);
  }

  @Query(() => City, { nullable: true, description: '按行政区划代码查城市 / A city by its code' })
  city(@Arg('code', () => String) code: string, @Ctx() { em }: GraphQLContext): Promise<City | null> {
    return cityByCode(em, code);
  }

  @FieldResolver(() => [District], { description: '下辖区县 / The city’s districts' })
  districts(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<District[]> {
    return loaders.districtsOfCity.load(city.id);
  }

  @FieldResolver(() => [TargetView], { description: '本市及下辖区县的目标 / Targets of the city and its districts' })
  targets(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<TargetView[]> {
    return loaders.targetsOfCity.load(city);
  }
}

@Resolver(() => District)
export class DistrictResolver extends LiveFiguresResolver(District, (context, district) => context.loaders.districtStats.load(district.id)) {
  @Query(() => District, { nullable: true, description: '按行政区划代码查区县 / A district by its code' })
  district(@Arg('code', () => String) code: string, @Ctx() { em }: GraphQLContext): Promise<District | null> {
    return districtByCode(em, code);
  }

  @FieldResolver(() => City, { description: '所属城市 / The city it belongs to' })
  city(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<City> {
    return loaders.city.load(district.city.id);
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
