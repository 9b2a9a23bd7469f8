import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { DisplayToken } from './display-token.entity.js';
import { issueDisplayToken, listDisplayTokens, revokeDisplayToken } from './display-token.service.js';
import { User } from './user.entity.js';
import { UserInput, UserPatch } from './user.inputs.js';
import { createUser, listUsers, updateUser } from './user-admin.service.js';

@ObjectType({ description: '新签发的大屏令牌；令牌本身只显示这一次 / A newly issued screen token; the token is shown this once only' })
class IssuedDisplayToken {
  @Field(() => String, { description: '令牌，填入大屏地址 ?token= / The token, for the wall URL ?token=' })
  token!: string;

  @Field(() => DisplayToken, { description: '令牌记录 / The token’s record' })
  displayToken!: DisplayToken;
}

const REASON = { nullable: true, description: '变更原因，记入审计日志 / Why, kept in the audit trail' } as const;

@Resolver()
export class AdminResolver {
  @Query(() => [User], { description: '本市用户（市级管理员）/ Users of your city (city admin)' })
  users(@Ctx() { em, viewer, requestId }: GraphQLContext): Promise<User[]> {
    return listUsers({ em, viewer, requestId });
  }

  @Mutation(() => User, { description: '新建用户（市级管理员）/ Create a user (city admin)' })
  createUser(@Ctx() { em, viewer, requestId }: GraphQLContext, @Arg('input', () => UserInput) input: UserInput, @Arg('reason', () => String, REASON) reason?: string | null): Promise<User> {
    return createUser({ em, viewer, requestId }, input, reason);
  }

  @Mutation(() => User, { description: '修改、停用用户或更换角色（市级管理员）/ Change, disable or re-role a user (city admin)' })
  updateUser(
    @Ctx() { em, viewer, requestId }: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('patch', () => UserPatch) patch: UserPatch,
    @Arg('reason', () => String, REASON) reason?: string | null,
  ): Promise<User> {
    return updateUser({ em, viewer, requestId }, id, expectedVersion, patch, reason);
  }

  @Query(() => [DisplayToken], { description: '本市的大屏令牌（市级管理员）/ Screen tokens of a city (city admin)' })
  displayTokens(@Ctx() { em, viewer, requestId }: GraphQLContext, @Arg('cityCode', () => String) cityCode: string): Promise<DisplayToken[]> {
    return listDisplayTokens({ em, viewer, requestId }, cityCode);
  }

  @Mutation(() => IssuedDisplayToken, { description: '签发大屏令牌（市级管理员）/ Issue a screen token (city admin)' })
  issueDisplayToken(
    @Ctx() { em, viewer, requestId }: GraphQLContext,
    @Arg('cityCode', () => String) cityCode: string,
    @Arg('name', () => String) name: string,
  ): Promise<IssuedDisplayToken> {
    return issueDisplayToken({ em, viewer, requestId }, cityCode, name);
  }

  @Mutation(() => DisplayToken, { description: '吊销大屏令牌（市级管理员）/ Revoke a screen token (city admin)' })
  revokeDisplayToken(@Ctx() { em, viewer, requestId }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<DisplayToken> {
    return revokeDisplayToken({ em, viewer, requestId }, id);
  }
}
