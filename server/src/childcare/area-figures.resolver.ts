import { Ctx, Float, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { instantOf } from '../common/as-of.js';
import { City } from '../geography/city.entity.js';
import { District } from '../geography/district.entity.js';
import { per1000, type InstitutionStats } from './institution-stats.service.js';

interface Area {
  id: number;
  population: number;
}

/**
 * The live figures cities and districts share, counted from their open institutions by a
 * per-request batch loader: one statement for all the rows of a level, whatever their number.
 */
export function LiveFiguresResolver<T extends Area>(type: ClassType<T>, load: (context: GraphQLContext, area: T) => Promise<InstitutionStats>) {
  @Resolver(() => type)
  abstract class LiveFigures {
    @FieldResolver(() => Int, { description: '托位数（个），由开业机构实时汇总 / Childcare slots, summed live over open institutions' })
    async slots(@Root() area: T, @Ctx() context: GraphQLContext): Promise<number> {
      return (await load(context, area)).slots;
    }

    @FieldResolver(() => Int, { description: '在托婴幼儿数（人）/ Children enrolled, summed live' })
    async enrolled(@Root() area: T, @Ctx() context: GraphQLContext): Promise<number> {
      return (await load(context, area)).enrolled;
    }

    @FieldResolver(() => Int, { description: '开业托育机构数（个）/ Open childcare institutions' })
    async institutionCount(@Root() area: T, @Ctx() context: GraphQLContext): Promise<number> {
      return (await load(context, area)).institutionCount;
    }

    @FieldResolver(() => Int, { description: '已备案托育机构数（个）/ Open institutions filed (备案)' })
    async filedInstitutionCount(@Root() area: T, @Ctx() context: GraphQLContext): Promise<number> {
      return (await load(context, area)).filedInstitutionCount;
    }

    @FieldResolver(() => Int, { description: '普惠托育机构数（个）/ Open inclusive (普惠) institutions' })
    async inclusiveInstitutionCount(@Root() area: T, @Ctx() context: GraphQLContext): Promise<number> {
      return (await load(context, area)).inclusiveInstitutionCount;
    }

    @FieldResolver(() => Float, { nullable: true, description: '每千人口托位数（个）/ Slots per 1,000 residents' })
    async slotsPer1000(@Root() area: T, @Ctx() context: GraphQLContext): Promise<number | null> {
      return per1000((await load(context, area)).slots, area.population);
    }
  }
  return LiveFigures;
}

/** The figures of an area: counted now, or as they stood at the area's instant. */
function statsOf(loaders: GraphQLContext['loaders'], kind: 'city' | 'district', area: { id: number }): Promise<InstitutionStats> {
  const asOf = instantOf(area);
  if (asOf) return (kind === 'city' ? loaders.cityStatsAt : loaders.districtStatsAt).load({ id: area.id, asOf });
  return (kind === 'city' ? loaders.cityStats : loaders.districtStats).load(area.id);
}

@Resolver(() => City)
export class CityFiguresResolver extends LiveFiguresResolver(City, (context, city) => statsOf(context.loaders, 'city', city)) {}

@Resolver(() => District)
export class DistrictFiguresResolver extends LiveFiguresResolver(District, (context, district) => statsOf(context.loaders, 'district', district)) {}
