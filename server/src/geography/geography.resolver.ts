import { Arg, Ctx, Float, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { per1000 } from '../childcare/institution-stats.service.js';
import { Institution } from '../childcare/institution.entity.js';
import { InstitutionOrder, InstitutionOrderField, SortDirection } from '../childcare/institution.inputs.js';
import { pageSize } from '../common/pagination.js';
import { TargetView } from '../targets/target.type.js';
import { City } from './city.entity.js';
import { District } from './district.entity.js';
import { cityByCode, districtByCode, listCities } from './geography.service.js';

const DESCRIPTIONS = {
  slots: '托位数（个），由开业机构实时汇总 / Childcare slots, summed live over open institutions',
  enrolled: '在托婴幼儿数（人）/ Children enrolled, summed live',
  institutionCount: '开业托育机构数（个）/ Open childcare institutions',
  filedInstitutionCount: '已备案托育机构数（个）/ Open institutions filed (备案)',
  inclusiveInstitutionCount: '普惠托育机构数（个）/ Open inclusive (普惠) institutions',
  slotsPer1000: '每千人口托位数（个）/ Slots per 1,000 residents',
};

@Resolver(() => City)
export class CityResolver {
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

  @FieldResolver(() => Int, { description: DESCRIPTIONS.slots })
  async slots(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.cityStats.load(city.id)).slots;
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.enrolled })
  async enrolled(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.cityStats.load(city.id)).enrolled;
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.institutionCount })
  async institutionCount(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.cityStats.load(city.id)).institutionCount;
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.filedInstitutionCount })
  async filedInstitutionCount(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.cityStats.load(city.id)).filedInstitutionCount;
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.inclusiveInstitutionCount })
  async inclusiveInstitutionCount(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.cityStats.load(city.id)).inclusiveInstitutionCount;
  }

  @FieldResolver(() => Float, { nullable: true, description: DESCRIPTIONS.slotsPer1000 })
  async slotsPer1000(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<number | null> {
    return per1000((await loaders.cityStats.load(city.id)).slots, city.population);
  }
}

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true, description: '按行政区划代码查区县 / A district by its code' })
  district(@Arg('code', () => String) code: string, @Ctx() { em }: GraphQLContext): Promise<District | null> {
    return districtByCode(em, code);
  }

  @FieldResolver(() => City, { description: '所属城市 / The city it belongs to' })
  city(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<City> {
    return loaders.city.load(district.city.id);
  }

  @FieldResolver(() => [Institution], { description: '区内开业的托育机构（前 first 个）/ Open institutions of the district (the first `first`)' })
  institutions(
    @Root() district: District,
    @Ctx() { loaders, config }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: '最多返回个数，默认 20 / How many, default 20' }) first?: number | null,
    @Arg('orderBy', () => InstitutionOrder, { nullable: true, description: '排序，默认按名称 / Order, by name by default' }) orderBy?: InstitutionOrder | null,
  ): Promise<Institution[]> {
    return loaders.institutionsOfDistrict.load({
      districtId: district.id,
      first: pageSize(first, config.limits.maxPageSize),
      order: orderBy?.field ?? InstitutionOrderField.NAME,
      direction: orderBy?.direction ?? SortDirection.ASC,
    });
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.slots })
  async slots(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.districtStats.load(district.id)).slots;
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.enrolled })
  async enrolled(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.districtStats.load(district.id)).enrolled;
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.institutionCount })
  async institutionCount(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.districtStats.load(district.id)).institutionCount;
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.filedInstitutionCount })
  async filedInstitutionCount(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.districtStats.load(district.id)).filedInstitutionCount;
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.inclusiveInstitutionCount })
  async inclusiveInstitutionCount(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return (await loaders.districtStats.load(district.id)).inclusiveInstitutionCount;
  }

  @FieldResolver(() => Float, { nullable: true, description: DESCRIPTIONS.slotsPer1000 })
  async slotsPer1000(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<number | null> {
    return per1000((await loaders.districtStats.load(district.id)).slots, district.population);
  }
}
