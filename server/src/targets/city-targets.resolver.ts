import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { instantOf } from '../common/as-of.js';
import { City } from '../geography/city.entity.js';
import { TargetView } from './target.type.js';

/** City.targets, resolved here so that geography/ knows nothing of targets. */
@Resolver(() => City)
export class CityTargetsResolver {
  @FieldResolver(() => [TargetView], { description: '本市及下辖区县的目标 / Targets of the city and its districts' })
  async targets(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<TargetView[]> {
    const asOf = instantOf(city);
    return asOf ? loaders.targetsOfCityAt.load({ city, asOf }) : loaders.targetsOfCity.load(city);
  }
}
