import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selects } from '../common/selection.js';
import type { GraphQLContext } from '../context.js';
import { pageSize } from '../common/pagination.js';
import { District } from '../geography/district.entity.js';
import { Institution } from './institution.entity.js';
import { InstitutionConnection, InstitutionFilter, InstitutionOrder } from './institution.inputs.js';
import { findInstitution, findInstitutions } from './institution.service.js';

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => InstitutionConnection, { description: '托育机构列表：筛选、排序、分页（登录用户，本市）/ Institutions: filter, sort, paginate (signed-in, own city)' })
  institutions(
    @Ctx() { em, viewer, config, today }: GraphQLContext,
    @Arg('filter', () => InstitutionFilter, { nullable: true }) filter?: InstitutionFilter | null,
    @Arg('orderBy', () => InstitutionOrder, { nullable: true, description: '默认按名称升序 / By name ascending by default' }) orderBy?: InstitutionOrder | null,
    @Arg('first', () => Int, { nullable: true, description: '每页个数，默认 20 / Page size, default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: '从此游标之后开始 / Start after this cursor' }) after?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<InstitutionConnection> {
    // Rows are counted only when totalCount is asked for: the count is a second full scan.
    const count = info ? selects(info, 'totalCount') : true;
    return findInstitutions(em, viewer, { filter, orderBy, first: pageSize(first, config.limits.maxPageSize), after, count }, today);
  }

  @Query(() => Institution, { nullable: true, description: '按标识查机构（登录用户，本市）/ An institution by id (signed-in, own city)' })
  institution(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: GraphQLContext): Promise<Institution | null> {
    return findInstitution(em, viewer, id);
  }

  @FieldResolver(() => District, { description: '所在区县 / The district it is in' })
  // Typed structurally, not as the class: type-graphql would otherwise copy every plain row
  // of a list into a new entity instance before calling this (most of a page's cost).
  district(@Root() institution: Pick<Institution, 'district'>, @Ctx() { loaders }: GraphQLContext): District | Promise<District> {
    // List rows carry their district whole; a bare reference is loaded (batched).
    const district = institution.district;
    return district.code === undefined ? loaders.district.load(district.id) : district;
  }
}
