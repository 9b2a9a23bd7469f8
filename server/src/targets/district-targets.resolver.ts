import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { District } from '../geography/district.entity.js';
import { TargetView } from './target.type.js';

@Resolver(() => District)
export class DistrictTargetsResolver {
  @FieldResolver(() => [TargetView], { description: '本区县的目标，含市级目标分解到本区县的部分（当前状态）/ The district’s targets, its parts of split city targets included (as they are now)' })
  targets(@Root() district: District, @Ctx() { loaders }: GraphQLContext): Promise<TargetView[]> {
    return loaders.targetsOfDistrict.load(district.id);
  }
}
