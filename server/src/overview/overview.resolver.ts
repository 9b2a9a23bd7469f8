import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLContext } from '../context.js';
import { isoDate } from '../common/dates.js';
import { CityOverview } from './overview.types.js';
import { cityOverview } from './overview.service.js';
import { checkAsOf } from '../common/as-of.js';

@Resolver()
export class OverviewResolver {
  @Query(() => CityOverview, { description: '一块大屏所需的全部数据 / Everything one wall screen needs, in one round trip' })
  cityOverview(
    @Arg('code', () => String, { description: '城市代码 / City code' }) code: string,
    @Ctx() { em, today, live, config }: GraphQLContext,
    @Arg('asOf', () => DateTimeResolver, { nullable: true, description: '回溯：返回该时刻的数据，由审计记录重建 / Time travel: the figures as they stood at this instant, rebuilt from the audit trail' })
    asOf?: Date | null,
  ): Promise<CityOverview> {
    if (asOf) {
      const instant = checkAsOf(asOf, new Date());
      return cityOverview(em, code, isoDate(instant), new Date(), instant);
    }
    // Shared by every reader until the city changes; computed per request where nothing is live.
    return live && config.overviewReadSharing ? live.overviews.read(code, live.listener.connected) : cityOverview(em, code, today);
  }
}
