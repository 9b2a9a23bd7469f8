import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { InstitutionResolver } from './childcare/institution.resolver.js';
import { CityResolver, DistrictResolver } from './geography/geography.resolver.js';
import { CityFiguresResolver, DistrictFiguresResolver } from './childcare/area-figures.resolver.js';
import { DistrictInstitutionsResolver } from './childcare/district-institutions.resolver.js';
import { CityTargetsResolver } from './targets/city-targets.resolver.js';
import { IndicatorResolver } from './indicators/indicator.resolver.js';
import { OverviewResolver } from './overview/overview.resolver.js';
import { AdminResolver } from './auth/admin.resolver.js';
import { AuthResolver, UserFieldsResolver } from './auth/auth.resolver.js';
import { AuditResolver, InstitutionHistoryResolver } from './audit/audit.resolver.js';
import { InstitutionWriteResolver } from './childcare/institution-write.resolver.js';
import { ImportResolver } from './import/import.resolver.js';
import { IndicatorValueWriteResolver } from './indicators/indicator-value-write.resolver.js';
import { TargetWriteResolver } from './targets/target-write.resolver.js';
import { validateArgument } from './common/validation.js';
import { LiveResolver } from './live/live.resolver.js';
import { DistrictTownshipsResolver, TownshipResolver } from './geography/township.resolver.js';
import { InstitutionTownshipResolver } from './childcare/institution-township.resolver.js';
import { TownshipFiguresResolver } from './childcare/township-figures.resolver.js';
import { TargetPartsResolver } from './targets/target-parts.resolver.js';
import { DistrictTargetsResolver } from './targets/district-targets.resolver.js';
import { PaceThresholdsResolver } from './targets/pace-setting.resolver.js';

export const resolvers = [
  CityResolver, DistrictResolver, CityFiguresResolver, DistrictFiguresResolver, CityTargetsResolver, DistrictInstitutionsResolver, InstitutionResolver, IndicatorResolver, OverviewResolver,
  AuthResolver, UserFieldsResolver, AdminResolver, AuditResolver, InstitutionHistoryResolver,
  InstitutionWriteResolver, IndicatorValueWriteResolver, TargetWriteResolver, ImportResolver, LiveResolver,
  TownshipResolver, DistrictTownshipsResolver, TownshipFiguresResolver, InstitutionTownshipResolver, TargetPartsResolver, DistrictTargetsResolver, PaceThresholdsResolver,
] as const;

const topicPubSubNotUsed = {
  publish(): never {
    throw new Error('topic pub/sub is not used: live updates come from the database change feed');
  },
  subscribe(): never {
    throw new Error('topic pub/sub is not used: live updates come from the database change feed');
  },
};

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // class-validator rules of the input classes, answered as BAD_USER_INPUT with field
    // paths; rules that span fields or need the database live in the services.
    validateFn: validateArgument,
    // Every subscription here has its own `subscribe` (live/ hubs fed by LISTEN/NOTIFY);
    // type-graphql still demands a topic pub/sub, so it gets one that refuses to be used.
    pubSub: topicPubSubNotUsed,
  });
  // type-graphql gives the root type no description; analysts read this one first.
  const config = schema.toConfig();
  const query = schema.getQueryType()!.toConfig();
  const mutation = schema.getMutationType()!.toConfig();
  const subscription = schema.getSubscriptionType()!.toConfig();
  return new GraphQLSchema({
    ...config,
    query: new GraphQLObjectType({
      ...query,
      description: '查询入口：城市、区县、托育机构、指标与目标 / Entry point: cities, districts, institutions, indicators and targets',
    }),
    mutation: new GraphQLObjectType({
      ...mutation,
      description: '变更入口：每次变更都经过校验、授权并记入审计日志 / Changes: each one validated, authorised and audited',
    }),
    subscription: new GraphQLObjectType({
      ...subscription,
      description: '推送入口（graphql-ws，同一 /graphql 地址）/ Live updates (graphql-ws on the same /graphql address)',
    }),
    types: config.types.filter((t) => !['Query', 'Mutation', 'Subscription'].includes(t.name)),
  });
}

export const SCHEMA_HEADER =
  '# Generated from the server\'s type-graphql classes by `pnpm schema:emit`. Do not edit:\n' +
  '# `pnpm check` fails when this file and the code drift apart.\n\n';

/** The SDL as committed in schema/schema.graphql: sorted, with the generated header. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
