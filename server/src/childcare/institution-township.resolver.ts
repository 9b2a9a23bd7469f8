import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { Township } from '../geography/township.entity.js';
import { Institution } from './institution.entity.js';

@Resolver(() => Institution)
export class InstitutionTownshipResolver {
  @FieldResolver(() => Township, { nullable: true, description: '所在乡镇街道；未登记为空 / The township it sits in; null when not recorded' })
  // Typed structurally, as Institution.district is: list rows are plain objects.
  township(@Root() institution: Pick<Institution, 'township'>, @Ctx() { loaders }: GraphQLContext): Promise<Township> | null {
    return institution.township ? loaders.township.load(institution.township.id) : null;
  }
}
