import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { InstitutionResolver } from './childcare/institution.resolver.js';
import { CityResolver, DistrictResolver } from './geography/geography.resolver.js';
import { IndicatorResolver } from './indicators/indicator.resolver.js';
import { OverviewResolver } from './overview/overview.resolver.js';

export const resolvers = [CityResolver, DistrictResolver, InstitutionResolver, IndicatorResolver, OverviewResolver] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // Input validation runs in the services, where domain rules and field paths live.
    validate: false,
  });
  // type-graphql gives the root type no description; analysts read this one first.
  const config = schema.toConfig();
  const query = schema.getQueryType()!.toConfig();
  return new GraphQLSchema({
    ...config,
    query: new GraphQLObjectType({
      ...query,
      description: '查询入口：城市、区县、托育机构、指标与目标 / Entry point: cities, districts, institutions, indicators and targets',
    }),
    types: config.types.filter((t) => t.name !== 'Query'),
  });
}

export const SCHEMA_HEADER =
  '# Generated from the server\'s type-graphql classes by `pnpm schema:emit`. Do not edit:\n' +
  '# `pnpm check` fails when this file and the code drift apart.\n\n';

/** The SDL as committed in schema/schema.graphql: sorted, with the generated header. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
