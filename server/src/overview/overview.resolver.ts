import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { CityOverview } from './overview.types.js';
import { cityOverview } from './overview.service.js';

@Resolver()
export class OverviewResolver {
  @Query(() => CityOverview, { description: '一块大屏所需的全部数据 / Everything one wall screen needs, in one round trip' })
  cityOverview(@Arg('code', () => String, { description: '城市代码 / City code' }) code: string, @Ctx() { em, today }: GraphQLContext): Promise<CityOverview> {
    return cityOverview(em, code, today);
  }
}
