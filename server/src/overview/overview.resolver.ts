import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { CityOverview } from './overview.types.js';
import { cityOverview } from './overview.service.js';

@Resolver()
export class OverviewResolver {
  @Query(() => CityOverview, { description: '一块大屏所需的全部数据 / Everything one wall screen needs, in one round trip' })
  cityOverview(@Arg('code', () => String, { description: '城市代码 / City code' }) code: string, @Ctx() { em, today, live, config }: GraphQLContext): Promise<CityOverview> {
    // Shared by every reader until the city changes; computed per request where nothing is live.
    return live && config.overviewReadSharing ? live.overviews.read(code, live.listener.connected) : cityOverview(em, code, today);
  }
}
