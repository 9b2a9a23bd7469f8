import { Arg, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { authorize, canReadCity } from '../auth/policy.js';
import { Institution } from '../childcare/institution.entity.js';
import { NotFoundError } from '../common/errors.js';
import { District } from '../geography/district.entity.js';
import { requireCity } from '../geography/geography.service.js';
import { CityOverview } from '../overview/overview.types.js';
import { BoundedQueue } from './bounded-queue.js';
import { ChangeFeedEvent } from './change-feed.types.js';

type Data<A> = SubscribeResolverData<unknown, A, GraphQLContext>;

const QUEUE_CAPACITY = 500;
const MAX_BACKLOG = 100;

@Resolver()
export class LiveResolver {
  @Subscription(() => CityOverview, {
    description: '大屏数据：先推送当前快照，此后每次提交的变更后推送新快照（50 毫秒内的变更合并）/ The wall’s data: the current snapshot first, then a fresh one after every committed change (changes within 50 ms coalesced)',
    subscribe: async ({ args, context }: Data<{ code: string }>) => {
      await requireCity(context.em, args.code);
      return context.live!.overviews.iterate(args.code);
    },
  })
  cityOverview(@Root() overview: CityOverview, @Arg('code', () => String, { description: '城市代码 / City code' }) _code: string): CityOverview {
    return overview;
  }

  @Subscription(() => ChangeFeedEvent, {
    description: '滚动播报：先推送最近的若干条，再推送每条新变更，序号递增（登录用户或大屏令牌，本市）/ The ticker: the latest events first, then each new one, by increasing sequence (signed-in or screen token, own city)',
    subscribe: async ({ args, context }: Data<{ cityCode: string; backlog: number }>) => {
      const city = await requireCity(context.em, args.cityCode);
      authorize(context.viewer, canReadCity(context.viewer, city.id));
      const backlog = Math.min(Math.max(args.backlog, 0), MAX_BACKLOG);
      let stop = () => undefined as void;
      const queue = new BoundedQueue<ChangeFeedEvent>(QUEUE_CAPACITY, () => stop());
      const listening = await context.live!.feeds.listen(city.id, (events) => events.forEach((e) => queue.push(e)), backlog);
      stop = listening.stop;
      listening.backlog.forEach((e) => queue.push(e));
      return queue;
    },
  })
  changeFeed(
    @Root() event: ChangeFeedEvent,
    @Arg('cityCode', () => String, { description: '城市代码 / City code' }) _cityCode: string,
    @Arg('backlog', () => Int, { defaultValue: 20, description: '先推送最近多少条（0 到 100）/ How many recent events to send first (0 to 100)' }) _backlog: number,
  ): ChangeFeedEvent {
    return event;
  }

  @Subscription(() => Institution, {
    description: '区县内机构的每次变更，推送变更后的机构（登录用户，本市）/ Each change of an institution of a district, as it now stands (signed-in, own city)',
    subscribe: async ({ args, context }: Data<{ districtCode: string }>) => {
      const district = await context.em.findOne(District, { code: args.districtCode });
      if (!district) throw new NotFoundError('区县 / District', args.districtCode);
      authorize(context.viewer, context.viewer?.kind === 'USER' && canReadCity(context.viewer, district.city.id));
      let stop = () => undefined as void;
      const queue = new BoundedQueue<Institution>(QUEUE_CAPACITY, () => stop());
      const listening = await context.live!.feeds.listen(
        district.city.id,
        (events) => void loadChanged(context, events, district.code).then((institutions) => institutions.forEach((i) => queue.push(i))),
        0,
      );
      stop = listening.stop;
      return queue;
    },
  })
  institutionChanged(@Root() institution: Institution, @Arg('districtCode', () => String, { description: '区县代码 / District code' }) _districtCode: string): Institution {
    return institution;
  }
}

/** The institutions the events name, as they stand now, in event order. */
async function loadChanged(context: GraphQLContext, events: ChangeFeedEvent[], districtCode: string): Promise<Institution[]> {
  const ids = [...new Set(events.filter((e) => e.kind === 'INSTITUTION' && e.op !== 'DELETE' && e.districtCode === districtCode).map((e) => e.entityId))];
  if (ids.length === 0) return [];
  const found = await context.em.fork().find(Institution, { id: { $in: ids } });
  const byId = new Map(found.map((i) => [i.id, i]));
  return ids.map((id) => byId.get(id)).filter((i): i is Institution => i !== undefined);
}
