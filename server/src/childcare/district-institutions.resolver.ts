import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { authorize, canReadCity } from '../auth/policy.js';
import { pageSize } from '../common/pagination.js';
import { District } from '../geography/district.entity.js';
import { Institution } from './institution.entity.js';
import { InstitutionOrder, InstitutionOrderField, SortDirection } from './institution.inputs.js';

/** District.institutions, resolved here so that geography/ knows nothing of institutions. */
@Resolver(() => District)
export class DistrictInstitutionsResolver {
  @FieldResolver(() => [Institution], { description: '区内开业的托育机构（前 first 个；登录用户，本市）/ Open institutions of the district (the first `first`; signed-in, own city)' })
  institutions(
    @Root() district: District,
    @Ctx() { loaders, config, viewer }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: '最多返回个数，默认 20 / How many, default 20' }) first?: number | null,
    @Arg('orderBy', () => InstitutionOrder, { nullable: true, description: '排序，默认按名称 / Order, by name by default' }) orderBy?: InstitutionOrder | null,
  ): Promise<Institution[]> {
    authorize(viewer, canReadCity(viewer, district.city.id));
    return loaders.institutionsOfDistrict.load({
      districtId: district.id,
      first: pageSize(first, config.limits.maxPageSize),
      order: orderBy?.field ?? InstitutionOrderField.NAME,
      direction: orderBy?.direction ?? SortDirection.ASC,
    });
  }
}
