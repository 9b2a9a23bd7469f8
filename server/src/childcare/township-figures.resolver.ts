import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { instantOf } from '../common/as-of.js';
import { Township } from '../geography/township.entity.js';
import { LiveFiguresResolver } from './area-figures.resolver.js';
import type { InstitutionStats } from './institution-stats.service.js';

/** A township's figures: counted now, or as they stood at its district's instant. */
function statsOf(context: GraphQLContext, township: Township): Promise<InstitutionStats> {
  const asOf = instantOf(township);
  return asOf ? context.loaders.townshipStatsAt.load({ id: township.id, asOf }) : context.loaders.townshipStats.load(township.id);
}

@Resolver(() => Township)
export class TownshipFiguresResolver extends LiveFiguresResolver(Township, statsOf) {
  @FieldResolver(() => Boolean, { description: '是否已覆盖：至少有一家开业的普惠托育机构 / Covered: at least one open inclusive institution' })
  async covered(@Root() township: Township, @Ctx() context: GraphQLContext): Promise<boolean> {
    return (await statsOf(context, township)).inclusiveInstitutionCount > 0;
  }
}
