/**
 * Names the wall gives the results of its operations (operations.ts): aliases of the types
 * generated from the schema for those operations (shared/graphql/generated.ts, `pnpm
 * codegen`), so a field the schema drops, renames or makes nullable fails the type check.
 */
import type { SlotTrendQuery, TickerSubscription, WallOverviewSubscription } from '../../shared/graphql/generated';

export type { DistrictKind, IndicatorCategory, TargetKind } from '../../shared/graphql/generated';

export type WallOverview = WallOverviewSubscription['cityOverview'];
export type WallDistrict = WallOverview['districts'][number];
/** `progress`: 1 is met, 1.43 is 143%; `expectedProgress` (序时进度): the share of the target period elapsed, 0 to 1. */
export type WallTarget = WallOverview['targets'][number];
export type WallIndicator = WallOverview['indicators'][number];
/** `period`: ISO date of the month's first day. */
export type TrendPoint = SlotTrendQuery['indicatorSeries'][number];
export type TickerEvent = TickerSubscription['changeFeed'];
