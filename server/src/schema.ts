import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { InstitutionResolver } from './childcare/institution.resolver.js';
import { CityResolver, DistrictResolver } from './geography/geography.resolver.js';
import { IndicatorResolver } from './indicators/indicator.resolver.js';
import { OverviewResolver } from './overview/overview.resolver.js';

export const resolvers = [CityResolver, DistrictResolver, InstitutionResolver, IndicatorResolver, OverviewResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // Input validation runs in the services, where domain rules and field paths live.
    validate: false,
  });
}

export const SCHEMA_HEADER =
  '# Generated from the server\'s type-graphql classes by `pnpm schema:emit`. Do not edit:\n' +
  '# `pnpm check` fails when this file and the code drift apart.\n\n';

/** The SDL as committed in schema/schema.graphql: sorted, with the generated header. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
