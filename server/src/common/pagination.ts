import { Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError, LimitReason } from './errors.js';

@ObjectType({ description: '分页信息（Relay 规范）/ Relay page info' })
export class PageInfo {
  @Field(() => Boolean, { description: '是否有下一页 / Whether more items follow' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: '是否有上一页 / Whether items precede' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页第一项的游标 / Cursor of the first item' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '本页最后一项的游标 / Cursor of the last item' })
  endCursor!: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;

/** Checks a page size against the configured maximum. */
export function pageSize(first: number | null | undefined, max: number): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw new BadUserInputError(`first 须为 0 到 ${max} 之间的整数 / first must be an integer from 0 to ${max}`, {
      field: 'first',
      reason: LimitReason.PAGE_TOO_LARGE,
      max,
    });
  }
  return size;
}

@ObjectType()
export abstract class Connection {
  @Field(() => Int, { description: '符合条件的总数 / Total number of matching items' })
  totalCount!: number;

  @Field(() => PageInfo, { description: '分页信息 / Page info' })
  pageInfo!: PageInfo;
}
